// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getContent } from '../content/bundle';
import type { ScanData } from '../domain/scan';
import { ROLES, type Answer, type Answers, type Lang } from '../domain/types';
import { sampleScan } from '../../tests/fixtures/sample-scan';
import { renderDocx } from './docx/render-docx';
import { renderHtml } from './html/render-html';
import { reportLabels } from './labels';
import { renderMarkdown } from './markdown/render-markdown';
import { buildReportModel, changeText, type Block } from './model';
import { renderPdf } from './pdf/render-pdf';

// Set COMPARE_OUT=/some/dir to keep the rendered PDF and Word files for a look.
const keep = process.env.COMPARE_OUT;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'zelfscan-compare-'));
mkdirSync(dir, { recursive: true });
afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

/** An earlier, weaker measurement of the same scan: one step lower on every scale, a dilemma elsewhere, an old item. */
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
  return out;
}

function withBaseline(
  lang: Lang,
  role: ScanData['role'] & string,
): { scan: ScanData; model: ReturnType<typeof buildReportModel> } {
  const content = getContent(lang);
  const base = sampleScan(content, role);
  const scan: ScanData = {
    ...base,
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

describe('the comparison section', () => {
  it.each(ROLES)(
    'is in the %s report right after the profile, with radar, module table and changes',
    (role) => {
      const { model } = withBaseline('nl', role);
      const ids = model.sections.map((s) => s.id);
      const at = ids.indexOf('vergelijking');
      expect(at).toBeGreaterThan(0);
      expect(['samenvatting', 'stand', 'profiel']).toContain(ids[at - 1]);
      const section = model.sections[at];
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
      // the content changed (another version, an unknown item): said in so many words
      expect(all).toContain('De vragenlijst is veranderd sinds de nulmeting (versie 0.9.0, nu');
      expect(model.facts.comparison?.removedItems).toEqual(['oud.vraag-die-weg-is']);
      expect(
        model.sections
          .find((s) => s.id === 'methode')
          ?.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Vergelijking:')),
      ).toBe(true);
    },
  );

  it('is absent without a nulmeting', () => {
    const content = getContent('nl');
    const model = buildReportModel(content, sampleScan(content, 'bestuurder'), reportLabels('nl'), {
      date: '2026-11-23',
    });
    expect(model.sections.some((s) => s.id === 'vergelijking')).toBe(false);
    expect(model.facts.comparison).toBeNull();
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
