// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import type { ScanData } from '../domain/scan';
import { ROLES, type Answer, type Answers, type Lang, type Role } from '../domain/types';
import { sampleScan } from '../../tests/fixtures/sample-scan';
import { renderDocx } from './docx/render-docx';
import { renderHtml } from './html/render-html';
import { reportLabels } from './labels';
import { renderMarkdown } from './markdown/render-markdown';
import { buildComparisonSection, buildReportModel, changeText, proposedActions, type Block } from './model';
import { renderPdf } from './pdf/render-pdf';
import { MEMO_SECTIONS } from '../../tests/fixtures/report-layout';

// Set COMPARE_OUT=/some/dir to keep the rendered PDF and Word files for a look.
const keep = process.env.COMPARE_OUT;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'zelfscan-compare-'));
mkdirSync(dir, { recursive: true });
afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

/**
 * An earlier, weaker measurement of the same scan: one step lower on every scale, a dilemma elsewhere, an item that is
 * gone and one the content 1.1.0 split into two (`replaces` in ver.json).
 */
function earlier(answers: Answers): Answers {
  const out: Answers = {};
  for (const [id, a] of Object.entries(answers)) {
    out[id] =
      a.kind === 'scale'
        ? ({ kind: 'scale', value: Math.max(1, a.value - 1) } satisfies Answer)
        : a.kind === 'dilemma'
          ? { ...a, now: a.now === undefined ? undefined : a.now === 3 ? 2 : a.now + 1 }
          : a;
  }
  out['oud.vraag-die-weg-is'] = { kind: 'scale', value: 4 };
  out['ver.college-raad'] = { kind: 'scale', value: 2 };
  return out;
}

function withBaseline(
  lang: Lang,
  role: Role,
  extra: Partial<ScanData> = {},
): { scan: ScanData; model: ReturnType<typeof buildReportModel> } {
  const content = getContent(lang);
  const base = sampleScan(content, role);
  const scan: ScanData = {
    ...base,
    ...extra,
    baseline: {
      source: 'file',
      label: 'Nulmeting voorjaar',
      savedAt: '2026-03-01T10:00:00.000Z',
      contentVersion: '0.9.0',
      role,
      answers: earlier(base.answers),
    },
    targets: { ver: { level: 0.8, by: '2027-06-30' } },
  };
  return { scan, model: buildReportModel(content, scan, reportLabels(lang), { date: '2026-11-23' }) };
}

const text = (blocks: Block[]) =>
  blocks
    .flatMap((b) =>
      b.kind === 'paragraph' || b.kind === 'heading'
        ? [b.text]
        : b.kind === 'list'
          ? b.items
          : b.kind === 'table'
            ? b.rows.flat()
            : [],
    )
    .join('\n');

/**
 * The short report with a nulmeting, per role: the comparison after the main sections before it in the layout. The
 * bestuurder's agenda comes only once it is edited.
 */
const MAIN_WITH_COMPARISON: Record<Role, string[]> = {
  bestuurder: ['samenvatting', 'prioriteiten', 'signalen', 'dilemmas', 'gesprekken', 'vergelijking'],
  projectleider: [...MEMO_SECTIONS, 'agenda', 'vergelijking'],
  trainer: ['profiel', 'gesprek', 'dilemmas', 'vergelijking'],
};

const methodSaysComparison = (model: ReturnType<typeof buildReportModel>) =>
  model.sections
    .find((s) => s.id === 'methode')
    ?.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Vergelijking:')) ?? false;

describe('the comparison section', () => {
  it.each(ROLES)(
    'is in the %s report after the role’s main sections, with radar, module table and changes',
    (role) => {
      const { model } = withBaseline('nl', role);
      const ids = model.sections.map((s) => s.id);
      expect(ids).toEqual(MAIN_WITH_COMPARISON[role]);
      const section = model.sections[ids.indexOf('vergelijking')];
      expect(section?.title).toBe('Vergelijking met de nulmeting');
      const radar = section?.blocks.find((b) => b.kind === 'radar');
      expect(radar?.kind === 'radar' && radar.axes.every((a) => a.baseline !== undefined)).toBe(true);
      const table = section?.blocks.find((b) => b.kind === 'table');
      expect(table?.kind === 'table' && table.head).toEqual([
        'Thema',
        'Nulmeting',
        'Nu',
        'Verandering',
        'Doel',
        'Tot het doel',
      ]);
      const all = text(section?.blocks ?? []);
      expect(all).toMatch(/\+\d+ punten \(hoger\)/u);
      expect(all).toContain('80% uiterlijk 2027-06-30');
      expect(all).toContain('Grootste verbeteringen');
      expect(all).toContain('Verschoven posities bij dilemma’s');
      expect(all).toContain('oud.vraag-die-weg-is');
      expect(all).toContain('ver.college-raad');
      // dilemma moves print their positions with a real minus sign
      const p = '(?:[+−][1-3]|0|–)';
      const moves = all.split('\n').filter((l) => l.includes(': nu '));
      expect(moves.length).toBeGreaterThan(0);
      for (const l of moves) expect(l).toMatch(new RegExp(`: nu ${p} → ${p}, gewenst ${p} → ${p}$`, 'u'));
      expect(moves.some((l) => l.includes('−'))).toBe(true);
      // the content changed (another version, unknown and replaced items): said in so many words
      expect(all).toContain(
        `De vragenlijst is veranderd sinds de nulmeting (versie 0.9.0, nu ${getContent('nl').contentVersion})`,
      );
      expect(model.facts.comparison?.removedItems).toEqual(['oud.vraag-die-weg-is', 'ver.college-raad']);
      // the method is an appendix: not in the short report, and with the appendices it explains the comparison
      expect(methodSaysComparison(model)).toBe(false);
      const long = withBaseline('nl', role, { appendices: true }).model;
      const longIds = long.sections.map((s) => s.id);
      expect(longIds.slice(0, MAIN_WITH_COMPARISON[role].length)).toEqual(MAIN_WITH_COMPARISON[role]);
      expect(longIds.filter((id) => id === 'vergelijking')).toHaveLength(1);
      expect(longIds).toContain('methode');
      expect(methodSaysComparison(long)).toBe(true);
    },
  );

  it('comes before the verbeteragenda the bestuurder adopted, which follows it in the layout', () => {
    const content = getContent('nl');
    const actions = proposedActions(content, sampleScan(content, 'bestuurder'));
    const { model } = withBaseline('nl', 'bestuurder', { actions });
    expect(model.sections.map((s) => s.id)).toEqual([...MAIN_WITH_COMPARISON.bestuurder, 'agenda']);
  });

  it('is absent without a nulmeting', () => {
    const content = getContent('nl');
    for (const role of ROLES) {
      const model = buildReportModel(content, sampleScan(content, role), reportLabels('nl'), {
        date: '2026-11-23',
        appendices: true,
      });
      expect(model.sections.some((s) => s.id === 'vergelijking')).toBe(false);
      expect(model.facts.comparison).toBeNull();
      expect(methodSaysComparison(model)).toBe(false);
    }
  });

  it('is what the comparison screen renders too, there without the intro and with every question per theme', () => {
    const content = getContent('nl');
    const L = reportLabels('nl');
    const { scan, model } = withBaseline('nl', 'bestuurder');
    const c = model.facts.comparison;
    if (!c || !scan.baseline) throw new Error('no comparison');
    const report = model.sections.find((s) => s.id === 'vergelijking');
    expect(buildComparisonSection(content, L, scan.baseline, c)).toEqual(report);

    // the module table names itself, heads its rows and gives each change its direction
    const table = report?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.caption).toBe('Scores per thema: nulmeting, nu en doel');
    expect(table?.kind === 'table' && table.rowHeaders).toBe(true);
    expect(table?.kind === 'table' && table.changes?.directions).toEqual(
      c.modules.map((m) =>
        m.delta === null ? null : Math.round(m.delta * 100) === 0 ? 'same' : m.delta > 0 ? 'up' : 'down',
      ),
    );
    // the report leaves out the per-question part
    expect(report?.blocks.some((b) => b.kind === 'heading' && b.collapsed)).toBe(false);

    const screen = buildComparisonSection(content, L, scan.baseline, c, { intro: false, perItem: true });
    expect(screen.blocks.some((b) => b.kind === 'paragraph' && b.emphasis === 'lead')).toBe(false);
    const at = screen.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Per vraag');
    const perItem = screen.blocks.slice(at + 1);
    const folds = perItem.filter((b) => b.kind === 'heading' && b.collapsed);
    expect(folds).toHaveLength(c.modules.length);
    expect(folds[0]?.kind === 'heading' && folds[0].text).toMatch(/^Bestuurlijke verankering: \d+ vragen$/u);
    const tables = perItem.filter((b) => b.kind === 'table');
    expect(tables.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : 0), 0)).toBe(c.items.length);
    expect(tables.every((b) => b.kind === 'table' && b.rowHeaders && b.changes?.column === 3)).toBe(true);
    // the top lists say how many questions they leave out
    expect(c.improvements.length).toBeGreaterThan(10);
    expect(text(screen.blocks)).toContain(
      `En nog ${c.improvements.length - 10} andere; zie per vraag hieronder.`,
    );
    expect(text(report?.blocks ?? [])).not.toContain('En nog');
  });

  it('writes changes in words in both languages', () => {
    expect(changeText(reportLabels('nl'), 0.25)).toBe('+25 punten (hoger)');
    expect(changeText(reportLabels('nl'), -0.126)).toBe('−13 punten (lager)');
    expect(changeText(reportLabels('nl'), 0.001)).toBe('gelijk');
    expect(changeText(reportLabels('en'), -0.5)).toBe('−50 points (lower)');
    expect(changeText(reportLabels('en'), null)).toBe('–');
  });

  it('is in the HTML (both lines in the chart, a legend in words), Markdown, Word and PDF output', async () => {
    const { model } = withBaseline('nl', 'projectleider');
    const html = renderHtml(model);
    expect(html).toContain('Vergelijking met de nulmeting');
    expect(html).toMatch(/<polygon [^>]*class="radar-baseline"/u);
    expect(html).toMatch(/<circle [^>]*class="radar-target-mark"/u);
    expect(html).toContain('Gestreepte lijn: nulmeting. Doorgetrokken lijn: nu. Open rondjes: doel.');
    expect(html).toMatch(
      /aria-label="Nulmeting, nu en doel per thema \(0–100%\)\. [^"]*\(nulmeting \d+%, doel (\d+%|–)\)/u,
    );

    const md = renderMarkdown(model);
    expect(md).toContain('Vergelijking met de nulmeting');
    expect(md).toMatch(
      /\| Bestuurlijke verankering \| \d+% \| \d+% \| [^|]+ \| 80% uiterlijk 2027-06-30 \|/u,
    );

    const docx = join(dir, 'vergelijking.docx');
    writeFileSync(docx, Buffer.from(await (await renderDocx(model)).arrayBuffer()));
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('Vergelijking met de nulmeting');
    expect(xml).toContain('80% uiterlijk 2027-06-30');

    const pdf = join(dir, 'vergelijking.pdf');
    writeFileSync(pdf, Buffer.from(await (await renderPdf(model)).arrayBuffer()));
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/gu,
      ' ',
    );
    expect(pages).toContain('Vergelijking met de nulmeting');
    expect(pages).toMatch(/\+\d+ punten \(hoger\)/u);
    expect(pages).toContain('Gestreepte lijn: nulmeting.');
    expect(pages).toContain('oud.vraag-die-weg-is');
  });
});
