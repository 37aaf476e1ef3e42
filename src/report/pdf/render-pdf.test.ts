// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF, type jsPDFOptions } from 'jspdf';
import { afterAll, describe, expect, it } from 'vitest';
import { getContent } from '../../content/bundle';
import { newScan } from '../../domain/scan';
import type { Lang, Role } from '../../domain/types';
import { sampleScan } from '../../../tests/fixtures/sample-scan';
import { reportLabels } from '../labels';
import { plainText } from '../markdown-blocks';
import { textFor } from '../../domain/advice';
import { buildReportModel, fill, type Block, type ReportModel } from '../model';
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

function build(lang: Lang, role: Role, confidential = false) {
  const content = getContent(lang);
  const scan = { ...sampleScan(content, role), confidential };
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
        return b.refs.map((r) => r.document);
    }
  };
  return m.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(block)]).join(' ');
}

describe.each(LANGS)('renderPdf (%s)', (lang) => {
  it.each(ROLES)(
    'renders the full %s report with contents, sections, advice, sources and page footers',
    async (role) => {
      const { content, model } = build(lang, role);
      const { bytes, pages } = await pdfPages(await renderPdf(model), `${lang}-${role}.pdf`);
      const all = flat(pages.join(' '));

      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pages.length).toBeGreaterThan(8);
      expect(flat(pages[0] ?? '')).toContain(flat(model.title));

      // contents on page 2: every section with the page it really starts on
      const toc = flat(pages[1] ?? '');
      expect(toc).toContain(model.labels.doc.contents);
      for (const s of model.sections) {
        const m = new RegExp(`${s.title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} (\\d+)`, 'u').exec(toc);
        expect(m, `contents entry for "${s.title}"`).not.toBeNull();
        const page = Number(m?.[1]);
        expect(page).toBeGreaterThanOrEqual(3);
        expect(flat(pages[page - 1] ?? ''), `"${s.title}" on page ${page}`).toContain(flat(s.title));
      }

      // the first priority's statement and a cited source document
      const first = model.facts.priorities[0];
      expect(first).toBeDefined();
      const item = content.modules.flatMap((m) => m.items).find((i) => i.id === first?.itemId);
      expect(all).toContain(flat(item?.t.text ?? '¿'));
      const cited = content.sources.find((d) => all.includes(flat(d.title)));
      expect(cited, 'a source document title').toBeDefined();

      // characters outside ASCII come out as themselves (embedded Unicode font with a ToUnicode map)
      const words = modelText(model).split(/\s+/u);
      for (const ch of ['é', 'ë', '’', '–']) {
        const word = words.find((w) => w.includes(ch) && w.length > 2);
        if (word) expect(all, `a word with ${ch}`).toContain(word.replace(/[.,:;()“”]/gu, ''));
      }
      if (lang === 'nl') expect(all).toMatch(/[éë]/u);

      // footer: "Pagina 2 van n" on page 2, nothing on the cover
      expect(flat(pages[1] ?? '')).toContain(fill(model.labels.doc.pageOf, { page: 2, pages: pages.length }));
      expect(pages[0]).not.toContain(fill(model.labels.doc.pageOf, { page: 1, pages: pages.length }));
      expect(pages[0]).not.toContain(model.labels.doc.confidential);
    },
  );
});

describe('renderPdf details', () => {
  it('marks every page when the report is confidential', async () => {
    const { model } = build('nl', 'bestuurder', true);
    expect(model.confidential).toBe(true);
    const { pages } = await pdfPages(await renderPdf(model), 'nl-confidential.pdf');
    expect(pages.length).toBeGreaterThan(8);
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain('Vertrouwelijk'));
  });

  it('gives a strength its keep-and-share advice, never the advice for a weak answer', async () => {
    const { content, model } = build('nl', 'bestuurder');
    const items = content.modules.flatMap((m) => m.items);
    const best = items.find((i) => i.id === model.facts.strengths[0]);
    expect(best, 'the sample scan has a strength').toBeDefined();
    if (!best?.t.advice?.keep || !best.t.advice.start) return;
    const { pages } = await pdfPages(await renderPdf(model), 'nl-strength.pdf');
    const all = flat(pages.join(' '));
    // page one names the strongest point with its keep-tier action ...
    expect(all).toContain(flat(textFor(best.t.advice.keep.title, 'bestuurder')));
    // ... and the start-tier advice of that item is nowhere
    expect(all).not.toContain(flat(textFor(best.t.advice.start.step, 'bestuurder')));
  });

  it('draws every character it has a glyph for, and marks the others without losing the rest of the line', async () => {
    const { model } = build('nl', 'bestuurder');
    const text = 'Links ↔ rechts, ≥ 75% ✓ → ĳverig “citaat” ‘x’ – € 5 Ω daarna ook dit';
    const custom: ReportModel = {
      ...model,
      sections: [{ id: 'tekens', title: 'Tekens', blocks: [{ kind: 'paragraph', text }] }],
    };
    const { pages } = await pdfPages(await renderPdf(custom), 'nl-characters.pdf');
    expect(flat(pages.join(' '))).toContain(text.replace('Ω', '?'));
  });

  it('notes the themes without a score under the radar chart', async () => {
    const { model } = build('en', 'trainer');
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
    const text = flat(pages[2] ?? '');
    expect(text).toContain(`${model.labels.levels.none}: Direction`);
    for (const p of ['62%', '40%', '100%', '0%', '25%', '50%', '75%']) expect(text).toContain(p);
  });

  it.each(ROLES)('renders a %s report for a scan with nothing answered yet', async (role) => {
    const content = getContent('nl');
    const scan = { ...newScan('leeg', '2026-11-23T10:00:00.000Z', 'Lege scan'), role };
    const model = buildReportModel(content, scan, reportLabels('nl'), { date: '2026-11-23' });
    const { pages } = await pdfPages(await renderPdf(model), `nl-empty-${role}.pdf`);
    expect(pages.length).toBeGreaterThan(3);
    // "{{count}} van de {{total}} vragen zijn niet beantwoord. …": the fixed text after the last placeholder
    const tail = model.labels.unanswered.intro.split('}}').pop()?.trim() ?? '';
    expect(tail.length).toBeGreaterThan(10);
    expect(flat(pages.join(' '))).toContain(flat(tail));
  });

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
