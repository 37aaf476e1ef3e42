// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getContent } from '../../content/bundle';
import { normaliseOwn, withOwnQuestions } from '../../domain/own-questions';
import type { Content, Lang } from '../../domain/types';
import { questionNumber, type WorkshopSetup } from '../../domain/workshop';
import { sampleWorkshop } from '../../../tests/fixtures/workshop';
import {
  answerSheetFileName,
  answerSheetLabels,
  planAnswerSheet,
  renderAnswerSheet,
  SHEETS_MAX,
} from './answer-sheet';

/** The content a workshop is read against: the app's questions and the trainer's own (as the workshop screens make it). */
const workshopContent = (content: Content, setup: WorkshopSetup): Content =>
  withOwnQuestions(content, setup.own, { title: 'Vragen van de trainer', intro: '' });

// Set PDF_OUT=/some/dir to keep the rendered files for a look.
const keep = process.env.PDF_OUT;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'zelfscan-sheet-'));
mkdirSync(dir, { recursive: true });
afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

/** The PDF's text per page, as pdftotext extracts it. */
async function pdfPages(blob: Blob, name: string): Promise<string[]> {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr, `pdftotext warnings for ${name}`).toBe('');
  const pages = run.stdout.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();

const OWN = normaliseOwn([
  { kind: 'statement', text: 'We hebben genoeg tijd voor de wijkaanpak.' },
  { kind: 'dilemma', text: 'Waar leggen we het geld neer?', left: 'Bij de gemeente', right: 'Bij de wijk' },
  { kind: 'open', text: 'Wat wilt u de trainer nog meegeven?' },
]);

/** The default workshop (the trainer's quick scan: 29 questions) plus three own questions. */
function workshop(lang: Lang, extra: Partial<WorkshopSetup> = {}) {
  const base = sampleWorkshop(getContent(lang), undefined, extra);
  const setup: WorkshopSetup = { ...base, items: [...base.items, ...OWN.map((q) => q.id)], own: OWN };
  return { setup, content: workshopContent(getContent(lang), setup) };
}

describe('paper answer sheet', () => {
  it('prints every sheet on the same number of pages, each page with its sheet number', async () => {
    const { content, setup } = workshop('nl');
    expect(setup.items).toHaveLength(32);
    const plan = await planAnswerSheet(content, setup, answerSheetLabels('nl'));
    // the known set: 29 questions of the quick scan and 3 own questions fit on 6 pages a sheet
    expect(plan.pagesPerSheet).toBe(6);
    const blob = await renderAnswerSheet(content, setup, answerSheetLabels('nl'), {
      sheets: 3,
      date: '2026-11-23',
    });
    const pages = await pdfPages(blob, 'sheet-nl.pdf');
    expect(pages).toHaveLength(3 * plan.pagesPerSheet);
    pages.forEach((page, i) => {
      const sheet = Math.floor(i / plan.pagesPerSheet) + 1;
      const p = (i % plan.pagesPerSheet) + 1;
      expect(flat(page)).toContain(`Formulier nr. ${sheet} · bladzijde ${p} van ${plan.pagesPerSheet}`);
    });
    const first = flat(pages[0] ?? '');
    expect(first).toContain('Antwoordformulier');
    expect(first).toContain('Wijkaanpak Noord – sessie 1');
    expect(first).toContain('23 november 2026');
    expect(first).toMatch(/Wethouder of bestuurder .*Projectleider of ambtenaar .*Trainer of begeleider/u);
    expect(first).toContain('Mijn naam:');
  });

  it('has every question with its workshop number, in order, once on every sheet', async () => {
    const { content, setup } = workshop('nl');
    const labels = answerSheetLabels('nl');
    const plan = await planAnswerSheet(content, setup, labels);
    const blob = await renderAnswerSheet(content, setup, labels, { sheets: 2 });
    const pages = await pdfPages(blob, 'sheet-numbers.pdf');
    const items = new Map(content.modules.flatMap((m) => m.items).map((i) => [i.id, i] as const));
    for (let sheet = 0; sheet < 2; sheet++) {
      const text = flat(pages.slice(sheet * plan.pagesPerSheet, (sheet + 1) * plan.pagesPerSheet).join(' '));
      let at = -1;
      for (const id of setup.items) {
        const n = questionNumber(setup, id);
        const words = (items.get(id)?.t.text ?? '').split(' ').slice(0, 4).join(' ');
        const found = text.indexOf(`${n}. ${words}`);
        expect(found, `question ${n} (${id}) on sheet ${sheet + 1}`).toBeGreaterThan(at);
        at = found;
      }
    }
    const all = flat(pages.join(' '));
    // own questions are marked, a dilemma has its poles and both rows, options have their words
    expect(all.match(/Eigen vraag van de trainer/gu)).toHaveLength(2 * OWN.length);
    expect(all).toContain('← Bij de gemeente');
    expect(all).toContain('Bij de wijk →');
    expect(all).toMatch(/−3 −2 −1 0 \+1 \+2 \+3/u);
    expect(all).toContain('Gewenst');
    expect(all).toContain('Helemaal wel');
    expect(all).toContain('Nooit');
    expect(all).toContain('Altijd');
    expect(all).toContain('Weet niet');
    expect(all).toContain('Niet van toepassing');
    expect(all).toContain('Klaar? Geef dit formulier aan de trainer.');
  });

  it('never splits a question over two pages and cuts nothing off, for every question in both languages', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const base = getContent(lang);
      const all = base.modules.flatMap((m) => m.items.map((i) => i.id));
      const setup: WorkshopSetup = { ...sampleWorkshop(base, all), items: [...all, ...OWN.map((q) => q.id)] };
      setup.own = OWN;
      const plan = await planAnswerSheet(workshopContent(base, setup), setup, answerSheetLabels(lang));
      expect(plan.overflow, lang).toEqual([]);
      const placed = plan.pages.flat().map((b) => b.id);
      expect(placed).toEqual(['intro', ...setup.items, 'end']);
      for (const page of plan.pages)
        for (const b of page) expect(b.bottom, b.id).toBeLessThanOrEqual(plan.bottom);
    }
  });

  it('asks for no name in an anonymous workshop, and speaks English', async () => {
    const { content, setup } = workshop('en', { anonymous: true });
    const blob = await renderAnswerSheet(content, setup, answerSheetLabels('en'), { sheets: 1 });
    const first = flat((await pdfPages(blob, 'sheet-en.pdf'))[0] ?? '');
    expect(first).toContain('Answer sheet');
    expect(first).toContain('Do not write your name on this sheet.');
    expect(first).not.toContain('My name:');
    expect(first).toContain('Sheet no. 1');
    expect(answerSheetFileName(setup, 'en')).toBe('workshop-answer-sheet-2026-11-23.pdf');
    expect(answerSheetFileName(setup, 'nl')).toBe('workshop-antwoordformulier-2026-11-23.pdf');
  });

  it('keeps the number of sheets between 1 and the maximum', async () => {
    const { content, setup } = workshop('nl');
    const small: WorkshopSetup = { ...setup, items: setup.items.slice(0, 2), own: [] };
    const plan = await planAnswerSheet(content, small, answerSheetLabels('nl'));
    const none = await renderAnswerSheet(content, small, answerSheetLabels('nl'), { sheets: 0 });
    expect(await pdfPages(none, 'sheet-0.pdf')).toHaveLength(plan.pagesPerSheet);
    expect(SHEETS_MAX).toBeGreaterThanOrEqual(40);
  });
});
