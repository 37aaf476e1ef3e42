// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF, type jsPDFOptions } from 'jspdf';
import { afterAll, describe, expect, it } from 'vitest';
import { getContent } from '../../content/bundle';
import { newScan } from '../../domain/scan';
import type { Content, Lang, Role } from '../../domain/types';
import { sampleScan } from '../../../tests/fixtures/sample-scan';
import { reportLabels } from '../labels';
import { plainText } from '../markdown-blocks';
import { textFor } from '../../domain/advice';
import {
  buildReportModel,
  fill,
  sourceLabel,
  sourcesLine,
  type Block,
  type ReportModel,
  type SourceRef,
} from '../model';
import { pdfFileName, renderPdf } from './render-pdf';

// Set PDF_OUT=/some/dir to keep the rendered files for a look.
const keep = process.env.PDF_OUT;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'zelfscan-pdf-'));
mkdirSync(dir, { recursive: true });
afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

const ROLES: Role[] = ['bestuurder', 'projectleider', 'trainer'];
const LANGS: Lang[] = ['nl', 'en'];

function build(lang: Lang, role: Role, { confidential = false, appendices = false } = {}) {
  const content = getContent(lang);
  const scan = { ...sampleScan(content, role), confidential, appendices };
  const model = buildReportModel(content, scan, reportLabels(lang), { date: '2026-11-23' });
  return { content, model };
}

/** The PDF's text per page, as pdftotext extracts it (what a reader's copy-paste or a screen reader gets). */
async function pdfPages(blob: Blob, name: string): Promise<{ bytes: Buffer; pages: string[] }> {
  const bytes = Buffer.from(await blob.arrayBuffer());
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  // poppler reports broken fonts, streams or cross references on stderr
  expect(run.stderr, `pdftotext warnings for ${name}`).toBe('');
  const text = run.stdout;
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return { bytes, pages };
}

const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const blocksOf = (m: ReportModel) => m.sections.flatMap((s) => s.blocks);

/** The source badges beside the advice: one line each. */
const badges = (m: ReportModel): SourceRef[][] =>
  blocksOf(m).flatMap((b) => (b.kind === 'sources' && b.compact && b.refs.length ? [b.refs] : []));

/** The references in list form (the sources appendix). */
const sourceLists = (m: ReportModel): SourceRef[][] =>
  blocksOf(m).flatMap((b) => (b.kind === 'sources' && !b.compact && b.refs.length ? [b.refs] : []));

/** Every string the model asks to print, for picking words with particular characters. */
function modelText(m: ReportModel): string {
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text];
      case 'markdown':
        return [plainText(b.md)];
      case 'list':
        return b.items;
      case 'table':
        return [...b.head, ...b.rows.flat()];
      case 'radar':
        return [b.title];
      case 'quote':
        return [b.text, b.cite];
      case 'fields':
        return b.fields.flatMap((f) => [f.label, f.value]);
      case 'sources':
        return b.compact ? [sourcesLine(m.labels.doc.sourcesLabel, b.refs)] : b.refs.map(sourceLabel);
    }
  };
  return m.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(block)]).join(' ');
}

/** Checks that hold for every report, short or with appendices. */
function expectCommon(content: Content, model: ReportModel, pages: string[]): void {
  const all = flat(pages.join(' '));
  const L = model.labels;
  expect(flat(pages[0] ?? '')).toContain(flat(model.title));

  // every heading and plain paragraph of the model is printed, with its exact words
  for (const b of blocksOf(model))
    if (b.kind === 'heading' || b.kind === 'paragraph') expect(all).toContain(flat(b.text));

  // the first priority by its action (the advice of its tier), not by its statement
  const first = model.facts.priorities[0];
  expect(first).toBeDefined();
  const item = content.modules.flatMap((m) => m.items).find((i) => i.id === first?.itemId);
  expect(flat(first?.title ?? '')).not.toBe(flat(item?.t.text ?? ''));
  expect(all).toContain(flat(first?.title ?? '¿'));
  // the bestuurder and the memo give its first step; the bestuurder and the trainer quote the statement answered
  if (model.role !== 'trainer' || model.appendices) expect(all).toContain(flat(first?.step ?? '¿'));
  if (model.role !== 'projectleider' || model.appendices) expect(all).toContain(flat(item?.t.text ?? '¿'));

  // a source badge is one line: "Bronnen: short name – section (n, m); …"
  for (const refs of badges(model)) {
    const line = sourcesLine(L.doc.sourcesLabel, refs);
    expect(line.startsWith(`${L.doc.sourcesLabel}: ${refs[0]?.short} – `)).toBe(true);
    expect(all).toContain(flat(line));
  }

  // dilemma positions with a real minus sign, never a hyphen
  if (model.facts.dilemmas.some((d) => d.now === -3)) {
    expect(modelText(model)).toContain('−3');
    expect(all).toContain('−3');
  }
  expect(all).not.toMatch(/(^|\s)-[1-3](?=[\s,.:;)]|$)/u);

  // characters outside ASCII come out as themselves (embedded Unicode font with a ToUnicode map)
  const words = modelText(model).split(/\s+/u);
  for (const ch of ['é', 'ë', '’', '–', '−']) {
    const word = words.find((w) => w.includes(ch) && w.length > 2);
    if (word) expect(all, `a word with ${ch}`).toContain(word.replace(/^[.,:;()“”]+|[.,:;()“”]+$/gu, ''));
  }
  if (model.lang === 'nl') expect(all).toMatch(/[éë]/u);

  // footer: "Pagina 2 van n" on page 2 and on the last page, nothing on the cover
  const n = pages.length;
  expect(flat(pages[1] ?? '')).toContain(fill(L.doc.pageOf, { page: 2, pages: n }));
  expect(flat(pages[n - 1] ?? '')).toContain(fill(L.doc.pageOf, { page: n, pages: n }));
  expect(pages[0]).not.toContain(fill(L.doc.pageOf, { page: 1, pages: n }));
  expect(pages[0]).not.toContain(L.doc.confidential);
}

/** The pages a section title starts (running head, then the title at the top of the page). */
const startsPage = (model: ReportModel, pages: string[], title: string) =>
  pages.some((p, i) => i > 0 && flat(p).startsWith(`${flat(model.title)} ${flat(title)}`));

describe.each(LANGS)('renderPdf (%s)', (lang) => {
  it.each(ROLES)(
    'renders the short %s report: cover, then the sections without a contents page, advice with source badges, page footers',
    async (role) => {
      const { content, model } = build(lang, role);
      expect(model.appendices).toBe(false);
      const { bytes, pages } = await pdfPages(await renderPdf(model), `${lang}-${role}.pdf`);
      const all = flat(pages.join(' '));
      const L = model.labels;

      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expectCommon(content, model, pages);

      // no contents page: page 2 opens (under the running head) with the first section
      expect(
        flat(pages[1] ?? '').startsWith(`${flat(model.title)} ${flat(model.sections[0]?.title ?? '¿')}`),
      ).toBe(true);
      expect(startsPage(model, pages, L.doc.contents)).toBe(false);

      // every section, in the model's order; those with a page break start a page
      const body = flat(pages.slice(1).join(' '));
      let at = 0;
      for (const s of model.sections) {
        const found = body.indexOf(flat(s.title), at);
        expect(found, `"${s.title}" after the previous section`).toBeGreaterThanOrEqual(at);
        at = found + flat(s.title).length;
        if (s.pageBreak) expect(startsPage(model, pages, s.title), `"${s.title}" starts a page`).toBe(true);
      }
      // the appendices are not there
      for (const id of ['themas', 'methode', 'bronnen'])
        expect(model.sections.map((s) => s.id)).not.toContain(id);
      expect(all).not.toContain(flat(L.sections.method));
      expect(sourceLists(model)).toEqual([]);

      // the bestuurder's advice cites its sources in badges
      if (role === 'bestuurder') expect(badges(model).length).toBeGreaterThan(0);

      // the memo's empty fields are marked as placeholders, the filled ones carry the user's text
      if (role === 'projectleider') {
        const M = L.memoText;
        expect(model.placeholders).toEqual([M.financieel, M.juridisch, M.communicatie]);
        for (const k of ['financieel', 'juridisch', 'communicatie'] as const)
          expect(all).toContain(flat(fill(M.placeholder, { what: M.hints[k] })));
        expect(all).not.toContain(flat(fill(M.placeholder, { what: M.hints.aanleiding })));
        expect(all).toContain('De raad vroeg om een stand van zaken van de wijkaanpak in Noordwijk-Oost.');
      } else expect(model.placeholders).toEqual([]);
    },
  );

  it.each(ROLES)(
    'renders the %s report with appendices: contents page, sections on the pages listed, sources appendix',
    async (role) => {
      const { content, model } = build(lang, role, { appendices: true });
      expect(model.appendices).toBe(true);
      const { bytes, pages } = await pdfPages(await renderPdf(model), `${lang}-${role}-appendices.pdf`);
      const all = flat(pages.join(' '));

      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pages.length).toBeGreaterThan(8);
      expectCommon(content, model, pages);
      expect(model.sections.map((s) => s.id)).toEqual(
        expect.arrayContaining(['themas', 'methode', 'bronnen']),
      );

      // contents on page 2: every section, in order, with the page it really starts on
      const toc = flat(pages[1] ?? '');
      expect(toc.startsWith(`${flat(model.title)} ${flat(model.labels.doc.contents)}`)).toBe(true);
      let at = 0;
      let previous = 3;
      for (const s of model.sections) {
        const re = new RegExp(`${escapeRe(flat(s.title))} (\\d+)`, 'gu');
        re.lastIndex = at;
        const m = re.exec(toc);
        expect(m, `contents entry for "${s.title}"`).not.toBeNull();
        at = (m?.index ?? 0) + (m?.[0].length ?? 0);
        const page = Number(m?.[1]);
        expect(page).toBeGreaterThanOrEqual(previous);
        expect(page).toBeLessThanOrEqual(pages.length);
        previous = page;
        expect(flat(pages[page - 1] ?? ''), `"${s.title}" on page ${page}`).toContain(flat(s.title));
        if (s.pageBreak)
          expect(flat(pages[page - 1] ?? '')).toContain(`${flat(model.title)} ${flat(s.title)}`);
      }
      // the first section opens the page after the contents
      expect(
        flat(pages[2] ?? '').startsWith(`${flat(model.title)} ${flat(model.sections[0]?.title ?? '¿')}`),
      ).toBe(true);

      // the sources appendix lists every reference in full: "Document — Section (n)"
      const lists = sourceLists(model);
      expect(lists.length).toBeGreaterThan(0);
      for (const r of lists.flat()) expect(all).toContain(flat(sourceLabel(r)));
      const cited = content.sources.find((d) => all.includes(flat(d.title)));
      expect(cited, 'a source document title').toBeDefined();
    },
  );
});

describe('renderPdf details', () => {
  it.each([false, true])(
    'marks every page when the report is confidential (appendices: %s)',
    async (appendices) => {
      const { model } = build('nl', 'bestuurder', { confidential: true, appendices });
      expect(model.confidential).toBe(true);
      const { pages } = await pdfPages(await renderPdf(model), `nl-confidential-${appendices}.pdf`);
      expect(pages.length).toBeGreaterThan(appendices ? 8 : 2);
      pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain('Vertrouwelijk'));
    },
  );

  it('gives a strength its keep-and-share advice, never the advice for a weak answer', async () => {
    const { content, model } = build('nl', 'bestuurder');
    const items = content.modules.flatMap((m) => m.items);
    const best = items.find((i) => i.id === model.facts.strengths[0]);
    expect(best, 'the sample scan has a strength').toBeDefined();
    expect(best?.t.advice?.keep, 'the strength has keep advice').toBeDefined();
    expect(best?.t.advice?.start, 'the strength has start advice').toBeDefined();
    const { pages } = await pdfPages(await renderPdf(model), 'nl-strength.pdf');
    const all = flat(pages.join(' '));
    // page one names the strongest point with its keep-tier action ...
    expect(flat(pages[1] ?? '')).toContain(flat(textFor(best?.t.advice?.keep?.title, 'bestuurder')));
    // ... and the start-tier advice of that item is nowhere
    expect(all).not.toContain(flat(textFor(best?.t.advice?.start?.title, 'bestuurder')));
    expect(all).not.toContain(flat(textFor(best?.t.advice?.start?.step, 'bestuurder')));
  });

  it('draws every character it has a glyph for, and marks the others without losing the rest of the line', async () => {
    const { model } = build('nl', 'bestuurder');
    const text = 'Links ↔ rechts, ≥ 75% ✓ → ĳverig “citaat” ‘x’ – € 5 −3 Ω daarna ook dit';
    const custom: ReportModel = {
      ...model,
      sections: [{ id: 'tekens', title: 'Tekens', blocks: [{ kind: 'paragraph', text }] }],
    };
    const { pages } = await pdfPages(await renderPdf(custom), 'nl-characters.pdf');
    expect(flat(pages.join(' '))).toContain(text.replace('Ω', '?'));
  });

  it('notes the themes without a score under the radar chart', async () => {
    const { model } = build('en', 'trainer');
    expect(model.appendices).toBe(false);
    const axes = [
      { label: 'Anchoring in policy', value: 0.62 },
      { label: 'Direction', value: null },
      { label: 'Organisation and culture with a long label that wraps', value: 0.4 },
      { label: 'Residents', value: 1 },
      { label: 'Network', value: 0 },
    ];
    const custom: ReportModel = {
      ...model,
      sections: [{ id: 'radar', title: 'Radar', blocks: [{ kind: 'radar', title: 'Profile', axes }] }],
    };
    const { pages } = await pdfPages(await renderPdf(custom), 'en-radar.pdf');
    // no contents page in the short report: the chart is on page 2
    expect(pages).toHaveLength(2);
    const text = flat(pages[1] ?? '');
    expect(text.startsWith(`${flat(model.title)} Radar Profile`)).toBe(true);
    expect(text).toContain(`${model.labels.levels.none}: Direction`);
    for (const p of ['62%', '40%', '100%', '0%', '25%', '50%', '75%']) expect(text).toContain(p);
  });

  it.each(ROLES)(
    'renders a %s report for a scan with nothing answered yet, short and with appendices',
    async (role) => {
      const content = getContent('nl');
      const scan = { ...newScan('leeg', '2026-11-23T10:00:00.000Z', 'Lege scan'), role };
      const short = buildReportModel(content, scan, reportLabels('nl'), { date: '2026-11-23' });
      const long = buildReportModel(content, scan, reportLabels('nl'), {
        date: '2026-11-23',
        appendices: true,
      });
      const L = short.labels;
      // "{{count}} van de {{total}} vragen zijn niet beantwoord. …": the fixed text after the last placeholder
      const tail = L.unanswered.intro.split('}}').pop()?.trim() ?? '';
      expect(tail.length).toBeGreaterThan(10);

      // short: every section title on the body pages, no contents page, the unanswered list left to the appendices
      const s = await pdfPages(await renderPdf(short), `nl-empty-${role}.pdf`);
      const shortText = flat(s.pages.join(' '));
      expect(s.pages.length).toBeGreaterThanOrEqual(2);
      expect(
        flat(s.pages[1] ?? '').startsWith(`${flat(short.title)} ${flat(short.sections[0]?.title ?? '¿')}`),
      ).toBe(true);
      for (const sec of short.sections) expect(shortText).toContain(flat(sec.title));
      for (const b of blocksOf(short))
        if (b.kind === 'heading' || b.kind === 'paragraph') expect(shortText).toContain(flat(b.text));
      expect(shortText).not.toContain(flat(tail));

      // with appendices: a contents page and the list of unanswered questions
      const l = await pdfPages(await renderPdf(long), `nl-empty-${role}-appendices.pdf`);
      expect(l.pages.length).toBeGreaterThan(3);
      expect(flat(l.pages[1] ?? '').startsWith(`${flat(long.title)} ${flat(L.doc.contents)}`)).toBe(true);
      expect(flat(l.pages.join(' '))).toContain(flat(tail));
    },
  );

  it('uses the injected jsPDF and fonts', async () => {
    const { model } = build('en', 'trainer');
    let made = 0;
    class Spy extends jsPDF {
      constructor(options?: jsPDFOptions) {
        super(options);
        made++;
      }
    }
    const fonts = await import('./fonts/noto-sans-subset');
    const blob = await renderPdf(model, {
      jsPDF: Spy as unknown as typeof jsPDF,
      fonts: { regular: fonts.regular, bold: fonts.bold },
    });
    expect(made).toBe(1);
    const { pages } = await pdfPages(blob, 'en-injected.pdf');
    expect(flat(pages.join(' '))).toContain(flat(model.title));
  });

  it('names the file by language, role and date', () => {
    expect(pdfFileName(build('nl', 'bestuurder').model)).toBe('zelfscan-rapport-bestuurder-2026-11-23.pdf');
    expect(pdfFileName(build('en', 'projectleider').model, '2027-01-05T09:00:00Z')).toBe(
      'selfscan-report-project-lead-2027-01-05.pdf',
    );
  });
});
