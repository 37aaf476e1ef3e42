// @vitest-environment node
/**
 * The reports as their readers get them: the default outputs are short (page budgets per role and scope, the Word
 * memo printed through LibreOffice), the appendices are there when chosen, and no sentence repeats.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content/bundle';
import type { Lang, Role } from '../../src/domain/types';
import { renderDocx } from '../../src/report/docx/render-docx';
import { reportLabels } from '../../src/report/labels';
import { renderMarkdown } from '../../src/report/markdown/render-markdown';
import { buildReportModel } from '../../src/report/model';
import { renderPdf } from '../../src/report/pdf/render-pdf';
import { printWithLibreOffice } from '../fixtures/libreoffice';
import { sampleScan } from '../fixtures/sample-scan';

const dir = process.env.PDF_OUT ?? mkdtempSync(join(tmpdir(), 'zelfscan-length-'));
mkdirSync(dir, { recursive: true });
afterAll(() => {
  if (!process.env.PDF_OUT) rmSync(dir, { recursive: true, force: true });
});

/** Page budgets of the default report, cover included (the "at most" figures). */
const BUDGET: Record<Role, Record<'quick' | 'full', number>> = {
  bestuurder: { quick: 5, full: 8 },
  projectleider: { quick: 6, full: 6 },
  trainer: { quick: 4, full: 4 },
};

function pdfPageCount(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return Number(/Pages:\s+(\d+)/u.exec(r.stdout)?.[1]);
}

function build(lang: Lang, role: Role, scope: 'quick' | 'full', appendices = false) {
  const content = getContent(lang);
  const scan = { ...sampleScan(content, role, { kind: scope }), appendices };
  return buildReportModel(content, scan, reportLabels(lang), { date: '2026-12-01' });
}

const cases = (['nl', 'en'] as const).flatMap((lang) =>
  (['bestuurder', 'projectleider', 'trainer'] as const).flatMap((role) =>
    (['quick', 'full'] as const).map((scope) => ({ lang, role, scope })),
  ),
);

describe('short by default', () => {
  it.each(cases)(
    '$lang $role $scope: the PDF stays within its page budget',
    async ({ lang, role, scope }) => {
      const model = build(lang, role, scope);
      const file = join(dir, `${lang}-${role}-${scope}.pdf`);
      writeFileSync(file, Buffer.from(await (await renderPdf(model)).arrayBuffer()));
      expect(pdfPageCount(file)).toBeLessThanOrEqual(BUDGET[role][scope]);
      expect(model.sections[0]?.id).toBe(
        role === 'projectleider' ? 'kern' : role === 'trainer' ? 'profiel' : 'samenvatting',
      );
    },
  );

  it.each(cases)(
    '$lang $role $scope: no sentence of six or more words occurs more than twice',
    ({ lang, role, scope }) => {
      for (const appendices of [false, true]) {
        const text = renderMarkdown(build(lang, role, scope, appendices));
        const counts = new Map<string, number>();
        for (const s of text.split(/(?<=[.!?])\s+|\n+/u)) {
          const clean = s
            .replace(/[*_#>|`\\-]/gu, ' ')
            .replace(/\s+/gu, ' ')
            .trim();
          if (clean.split(' ').length < 6) continue;
          counts.set(clean, (counts.get(clean) ?? 0) + 1);
        }
        const repeated = [...counts].filter(([, n]) => n > 2);
        expect(repeated, `appendices ${appendices}`).toEqual([]);
      }
    },
  );

  it('with appendices, every format gets the appendices the user chose', () => {
    for (const role of ['bestuurder', 'projectleider', 'trainer'] as const) {
      const short = build('nl', role, 'full');
      const long = build('nl', role, 'full', true);
      const ids = long.sections.map((s) => s.id);
      expect(ids).toEqual(expect.arrayContaining(['themas', 'methode', 'bronnen']));
      expect(short.sections.map((s) => s.id)).not.toContain('methode');
      expect(renderMarkdown(long)).toContain(long.labels.sections.method);
    }
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('the raadsinformatiebrief in Word, printed', () => {
  it.each(['nl', 'en'] as const)(
    '%s: at most six pages, with its sections and marked placeholders',
    async (lang) => {
      // never skipped silently: the Word budget is only known once LibreOffice has printed the file
      expect(soffice, 'LibreOffice is needed: apt-get install -y libreoffice-writer-nogui').toBe(true);
      const model = build(lang, 'projectleider', 'full');
      const base = `${lang}-memo`;
      const docx = join(dir, `${base}.docx`);
      writeFileSync(docx, Buffer.from(await (await renderDocx(model)).arrayBuffer()));
      const r = printWithLibreOffice(docx, dir, 120_000);
      expect(r.status, r.stderr).toBe(0);
      const pdf = join(dir, `${base}.pdf`);
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(6);
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout.replace(
        /\s+/gu,
        ' ',
      );
      const L = model.labels;
      for (const title of [
        L.sections.kern,
        L.sections.bevindingen,
        L.sections.keuzes,
        L.sections.voorstel,
        L.sections.consequenties,
      ])
        expect(text).toContain(title);
      // the sample scan fills the aanleiding but not the consequences: those are marked and listed
      expect(model.placeholders).toEqual([
        L.memoText.financieel,
        L.memoText.juridisch,
        L.memoText.communicatie,
      ]);
      expect(text).toContain(L.memoText.placeholder.split('{{')[0]!.trim());
    },
    180_000,
  );
});
