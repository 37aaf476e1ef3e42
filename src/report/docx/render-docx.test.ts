// @vitest-environment node
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROLES, type Content } from '../../domain/types';
import { HOSTILE, sampleReport, withOpenAnswers } from '../../../tests/fixtures/report';
import { memoPlaceholders } from '../../../tests/fixtures/report-checks';
import { SAMPLE_CASES, sampleCaseReport } from '../../../tests/fixtures/sample-cases';
import { fill, sourceLabel, sourcesLine, type ReportModel, type SourceRef } from '../model';
import { docxFileName, renderDocx } from './render-docx';

/** Reads every entry of a zip file (stored or deflated), enough for a .docx. */
function unzip(buf: Uint8Array): Map<string, string> {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const files = new Map<string, string>();
  let p = dv.getUint32(eocd + 16, true);
  for (let n = dv.getUint16(eocd + 10, true); n > 0; n--) {
    const method = dv.getUint16(p + 10, true);
    const size = dv.getUint32(p + 20, true);
    const nameLength = dv.getUint16(p + 28, true);
    const local = dv.getUint32(p + 42, true);
    const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLength));
    const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    const data = buf.subarray(start, start + size);
    files.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data));
    p += 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return files;
}

const unescapeXml = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/gu,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '',
  );

/** The paragraphs of a WordprocessingML part: their style and their text. */
function paragraphs(xml: string): { style: string; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/u.exec(p)?.[1] ?? '',
    text: unescapeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')),
    xml: p,
  }));
}

async function docxOf(model: ReportModel): Promise<Map<string, string>> {
  const blob = await renderDocx(model);
  return unzip(new Uint8Array(await blob.arrayBuffer()));
}

const modelFor = sampleReport;

const itemText = (content: Content, id: string) =>
  content.modules.flatMap((m) => m.items).find((i) => i.id === id)?.t.text ?? '';

/** The source badges beside the advice, and the reference lists of the sources appendix. */
function sourceBlocks(model: ReportModel): { compact: SourceRef[][]; lists: SourceRef[][] } {
  const blocks = model.sections.flatMap((s) => s.blocks);
  const of = (compact: boolean) =>
    blocks.flatMap((b) =>
      b.kind === 'sources' && Boolean(b.compact) === compact && b.refs.length ? [b.refs] : [],
    );
  return { compact: of(true), lists: of(false) };
}

describe('renderDocx', () => {
  for (const c of SAMPLE_CASES) {
    const { lang, role, appendices } = c;
    it(`writes a structured Word document for ${c.name}`, async () => {
      const { model, content } = sampleCaseReport(c, (s) => ({ ...s, confidential: true }));
      const files = await docxOf(model);
      const doc = files.get('word/document.xml') ?? '';
      const paras = paragraphs(doc);
      const L = model.labels;
      const texts = paras.map((p) => p.text);
      const has = (text: string) => texts.some((t) => t.includes(text));

      // every section is a Heading 1, in order; the cover title uses Word's Title style
      const h1 = paras.filter((p) => p.style === 'Heading1');
      expect(h1.map((p) => p.text)).toEqual(model.sections.map((s) => s.title));
      expect(paras.find((p) => p.style === 'Title')?.text).toBe(model.title);
      const h2 = paras.filter((p) => p.style === 'Heading2').map((p) => p.text);
      expect(h2.length).toBeGreaterThan(0);
      expect(h2).toEqual(
        model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'heading' ? [b.text] : [])),
      );
      if (appendices)
        expect(model.sections.map((s) => s.id)).toEqual(
          expect.arrayContaining(['themas', 'methode', 'bronnen']),
        );
      else expect(model.sections.map((s) => s.id)).not.toContain('methode');

      // a table of contents (on its own page) only with the appendices; the short report starts right after
      // the title block, without a page break before its first section
      const tocField = /<w:instrText[^>]*>TOC [^<]*\\o &quot;1-1&quot;/u;
      const tocHeading = paras.filter((p) => p.style === 'TOCHeading');
      const settings = files.get('word/settings.xml') ?? '';
      const breaks = h1.map((p) => p.xml.includes('<w:pageBreakBefore/>'));
      if (appendices) {
        expect(doc).toMatch(tocField);
        expect(tocHeading.map((p) => p.text)).toEqual([L.doc.contents]);
        expect(tocHeading[0]?.xml).toContain('<w:pageBreakBefore/>');
        expect(settings).toMatch(/<w:updateFields\/>|<w:updateFields w:val="(true|1|on)"\/>/u);
      } else {
        expect(doc).not.toMatch(/<w:instrText[^>]*>\s*TOC /u);
        expect(tocHeading).toEqual([]);
        expect(settings).not.toMatch(/<w:updateFields\/>|<w:updateFields w:val="(true|1|on)"\/>/u);
        const first = paras.findIndex((p) => p.style === 'Heading1');
        expect(paras[first - 1]?.text).toBe(`${L.doc.generated} · ${model.date}`);
      }
      // the short report flows on; with appendices a part that asks for a new page gets one
      expect(breaks).toEqual(model.sections.map((s, i) => appendices && (Boolean(s.pageBreak) || i === 0)));

      // the first priority by its action (the advice of its tier); the bestuurder's is worked out under
      // "1. <action>", the memo proposes it with its first step, the trainer's guide quotes its statement
      const first = model.facts.priorities[0];
      expect(first).toBeDefined();
      const statement = itemText(content, first?.itemId ?? '');
      expect(first?.title).not.toBe(statement);
      expect(has(first?.title ?? '¿')).toBe(true);
      if (role === 'bestuurder' || appendices) expect(h2).toContain(`1. ${first?.title}`);
      if (role === 'trainer') expect(h2).toContain(first?.title);
      if (role !== 'trainer' || appendices) expect(has(first?.step ?? '¿')).toBe(true);
      if (role !== 'projectleider' || appendices) expect(has(statement)).toBe(true);
      if (role === 'projectleider')
        expect(
          paras.some(
            (p) =>
              p.xml.includes('<w:numPr>') &&
              p.text === fill(L.memoText.decision, { title: first?.title ?? '', step: first?.step ?? '' }),
          ),
        ).toBe(true);

      // source badges are one muted line each; the sources appendix keeps the list form
      const { compact, lists } = sourceBlocks(model);
      if (role === 'bestuurder' || appendices) expect(compact.length).toBeGreaterThan(0);
      for (const refs of compact) expect(texts).toContain(sourcesLine(L.doc.sourcesLabel, refs));
      if (appendices) {
        expect(lists.length).toBeGreaterThan(0);
        let from = 0;
        for (const refs of lists) {
          const at = texts.indexOf(`${L.doc.sourcesLabel}:`, from);
          from = at + 1;
          expect(at).toBeGreaterThanOrEqual(0);
          const items = paras.slice(at + 1, at + 1 + refs.length);
          expect(items.map((p) => p.text)).toEqual(refs.map(sourceLabel));
          for (const p of items) expect(p.xml).toContain('<w:numPr>');
        }
      } else expect(lists).toEqual([]);

      // the memo's empty fields are marked placeholders; the filled one is the user's own text
      const memo = memoPlaceholders(model);
      if (memo) {
        for (const p of memo.empty) expect(texts).toContain(p.text);
        expect(has(memo.filled)).toBe(false);
        expect(texts).toContain('De raad vroeg om een stand van zaken van de wijkaanpak in Noordwijk-Oost.');
      }

      // dilemma positions with a real minus sign: a cell of their own in the positions table, in the memo's text
      expect(model.facts.dilemmas.some((d) => d.now === -3)).toBe(true);
      if (role === 'projectleider') expect(texts.some((t) => /(^|\s)−3, /u.test(t))).toBe(true);
      else expect(texts).toContain('−3');
      expect(texts.some((t) => /(^|\s)-[1-3](?=[\s,.:;)]|$)/u.test(t))).toBe(false);

      // real lists (wherever the model has one), tables with a repeating header row
      const listed = model.sections
        .flatMap((s) => s.blocks)
        .some(
          (b) =>
            (b.kind === 'list' && b.items.length > 0) ||
            (b.kind === 'markdown' && b.blocks.some((m) => m.kind === 'list')) ||
            (b.kind === 'sources' && !b.compact && b.refs.length > 0),
        );
      if (role !== 'trainer' || appendices) expect(listed).toBe(true);
      expect(/<w:numPr>/u.test(doc)).toBe(listed);
      expect(doc).toMatch(/<w:tbl>/u);
      expect(doc).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/u);
      expect(files.get('word/numbering.xml') ?? '').toMatch(/w:numFmt w:val="decimal"/u);
      expect(files.get('word/numbering.xml') ?? '').toMatch(/w:numFmt w:val="bullet"/u);

      // footer with page numbers and the confidential mark
      const footers = [...files.entries()]
        .filter(([name]) => /^word\/footer\d*\.xml$/u.test(name))
        .map(([, xml]) => xml);
      expect(footers.length).toBeGreaterThan(0);
      for (const footer of footers) {
        expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/u);
        expect(footer).toMatch(/NUMPAGES/u);
        expect(footer).toContain(model.labels.doc.confidential);
      }

      // document properties and language
      const core = files.get('docProps/core.xml') ?? '';
      expect(core).toContain(`<dc:title>${model.title.replace(/&/gu, '&amp;')}</dc:title>`);
      expect(core).toContain('<dc:creator>Zelfscan Wijkaanpak</dc:creator>');
      expect(files.get('word/styles.xml') ?? '').toContain(
        `w:lang w:val="${lang === 'en' ? 'en-GB' : 'nl-NL'}"`,
      );
    });
  }

  it('keeps hostile user text as escaped text', async () => {
    for (const [role, appendices] of ROLES.flatMap((r) => [false, true].map((a) => [r, a] as const))) {
      const { model } = modelFor('nl', role, (s, content) => ({
        ...withOpenAnswers(s, content, HOSTILE),
        appendices,
        reflection: { ...s.reflection, notes: HOSTILE },
        profile: { ...s.profile, gemeente: HOSTILE },
        memo: { ...s.memo, aanleiding: HOSTILE },
        actions: [{ id: 'a1', text: HOSTILE, owner: HOSTILE, due: '', status: 'open' }],
      }));
      const files = await docxOf(model);
      const doc = files.get('word/document.xml') ?? '';
      expect(doc).not.toMatch(/<script/iu);
      expect(doc).not.toMatch(/<img/iu);
      expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(paragraphs(doc).some((p) => p.text.includes(HOSTILE))).toBe(true);
      expect(files.get('docProps/core.xml') ?? '').not.toMatch(/<script/iu);
      expect(files.get('word/header1.xml') ?? files.get('word/header2.xml') ?? '').not.toMatch(/<script/iu);
    }
  });

  it('keeps control characters out of the XML', async () => {
    const { model } = modelFor('nl', 'bestuurder', (s) => ({
      ...s,
      // the notes are quoted in the appendix with the open answers
      appendices: true,
      reflection: { ...s.reflection, notes: 'a\u0001b\u000bc' },
    }));
    expect(model.sections.map((s) => s.id)).toContain('reflectie');
    const doc = (await docxOf(model)).get('word/document.xml') ?? '';
    expect(doc).toContain('abc');
    expect(doc).not.toContain('\u0001');
    expect(doc).not.toContain('\u000b');
  });

  it('names the file by language, role and date', () => {
    expect(docxFileName(modelFor('nl', 'projectleider').model)).toBe(
      'zelfscan-rapport-projectleider-2026-11-23.docx',
    );
    expect(docxFileName(modelFor('en', 'trainer').model)).toBe('selfscan-report-trainer-2026-11-23.docx');
  });
});
