// @vitest-environment node
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGS, ROLES, type Content } from '../../domain/types';
import { HOSTILE, sampleReport, withOpenAnswers } from '../../../tests/fixtures/report';
import type { ReportModel } from '../model';
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

describe('renderDocx', () => {
  for (const lang of LANGS) {
    for (const role of ROLES) {
      it(`writes a structured Word document for ${role} (${lang})`, async () => {
        const { model, content } = modelFor(lang, role, (s) => ({ ...s, confidential: true }));
        const files = await docxOf(model);
        const doc = files.get('word/document.xml') ?? '';
        const paras = paragraphs(doc);

        // every section is a Heading 1, in order; the cover title uses Word's Title style
        expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
          model.sections.map((s) => s.title),
        );
        expect(paras.find((p) => p.style === 'Title')?.text).toBe(model.title);
        expect(paras.some((p) => p.style === 'Heading2')).toBe(true);

        // the first priority's statement is in the text
        const first = model.facts.priorities[0];
        expect(first).toBeDefined();
        expect(paras.some((p) => p.text.includes(itemText(content, first?.itemId ?? '')))).toBe(true);

        // real lists, tables with a repeating header row, and a table of contents field
        expect(doc).toMatch(/<w:numPr>/u);
        expect(doc).toMatch(/<w:tbl>/u);
        expect(doc).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/u);
        expect(doc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-1&quot;/u);
        expect(files.get('word/numbering.xml') ?? '').toMatch(/w:numFmt w:val="decimal"/u);
        expect(files.get('word/numbering.xml') ?? '').toMatch(/w:numFmt w:val="bullet"/u);
        expect(files.get('word/settings.xml') ?? '').toMatch(/<w:updateFields/u);

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
  }

  it('keeps hostile user text as escaped text', async () => {
    for (const role of ROLES) {
      const { model } = modelFor('nl', role, (s, content) => ({
        ...withOpenAnswers(s, content, HOSTILE),
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
      reflection: { ...s.reflection, notes: 'a\u0001b\u000bc' },
    }));
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
