import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildContent } from '../../src/content/load';
import type { Role } from '../../src/domain/types';
import { wrap } from '../../src/storage/envelope';
import { readContent } from '../../scripts/read-content';
import { printWithLibreOffice } from '../fixtures/libreoffice';
import { saveDownload } from './downloads';
import { MEMO_TITLES_NL } from '../fixtures/report-layout';
import { sampleScan } from '../fixtures/sample-scan';

// The reports as their readers get them from the built app: the default downloads stay within their page budgets
// (the Word memo counted as LibreOffice prints it), the report screen leads with the summary, and a memo's holes are
// listed before download.

const root = join(import.meta.dirname, '..', '..');
const content = buildContent(readContent(join(root, 'content')).raw, 'nl');
const dir = mkdtempSync(join(tmpdir(), 'zelfscan-length-e2e-'));

const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdf]).toString('utf8'))?.[1] ?? NaN);

async function openReport(page: Page, role: Role, scope: 'quick' | 'full'): Promise<void> {
  const scan = {
    ...sampleScan(content, role, { kind: scope }),
    id: `lengte-${role}-${scope}`,
    name: `Lengte ${role}`,
  };
  scan.memo = { ...scan.memo, financieel: '', juridisch: '', communicatie: '' };
  const file = join(dir, `${role}-${scope}.json`);
  writeFileSync(file, JSON.stringify(wrap(scan, content.contentVersion, scan.updatedAt)));
  await page.goto('/#/scans');
  await page.getByLabel('Antwoordenbestand openen').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: `Lengte ${role}` })).toBeVisible();
  await page.goto('/#/rapport');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const download = (page: Page, name: string, as: string) => saveDownload(page, name, join(dir, as));

for (const { role, scope, budget, summary } of [
  { role: 'bestuurder', scope: 'quick', budget: 5, summary: 'In één oogopslag' },
  { role: 'bestuurder', scope: 'full', budget: 8, summary: 'In één oogopslag' },
  { role: 'projectleider', scope: 'full', budget: 6, summary: 'Kernboodschap' },
  { role: 'trainer', scope: 'full', budget: 4, summary: 'Profiel' },
] as const) {
  test(`the ${role} ${scope} report: summary first on screen, PDF within ${budget} pages`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openReport(page, role, scope);
    // the first heading after the title is the summary, above the cover form and the agenda editor
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(summary);
    const pdf = await download(page, 'Download als PDF', `${role}-${scope}.pdf`);
    expect(pages(pdf)).toBeLessThanOrEqual(budget);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8');
    expect(text).toContain(summary);
    expect(text).not.toContain('Bijlage: zo kwam dit advies tot stand');

    // "met bijlagen" adds the appendices to the next download
    await page.getByRole('checkbox', { name: /Met bijlagen/u }).check();
    const long = await download(page, 'Download als PDF', `${role}-${scope}-bijlagen.pdf`);
    expect(pages(long)).toBeGreaterThan(pages(pdf));
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', long, '-']).toString('utf8')).toContain(
      'Bijlage: zo kwam dit advies tot stand',
    );
  });
}

test('the raadsinformatiebrief in Word prints on at most six pages; its holes are listed before download', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openReport(page, 'projectleider', 'full');
  await expect(
    page.getByText(/Nog in te vullen voordat u de brief deelt: Financieel, Juridisch, Communicatie/u),
  ).toBeVisible();
  const docx = await download(page, 'Download als Word-bestand', 'memo.docx');
  const r = printWithLibreOffice(docx, dir, 150_000);
  expect(r.status, `LibreOffice is needed (apt-get install -y libreoffice-writer-nogui): ${r.stderr}`).toBe(
    0,
  );
  const printed = join(dir, 'memo.pdf');
  expect(pages(printed)).toBeLessThanOrEqual(6);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', printed, '-'])
    .toString('utf8')
    .replace(/\s+/gu, ' ');
  for (const heading of MEMO_TITLES_NL) expect(text).toContain(heading);
  expect(text).toContain('[IN TE VULLEN:');

  // filled in on screen, the placeholder is gone from the next file and from the list
  await page.getByLabel('Financieel').fill('Binnen de bestaande begroting voor de wijkaanpak.');
  await expect(
    page.getByText(/Nog in te vullen voordat u de brief deelt: Juridisch, Communicatie\./u),
  ).toBeVisible();
});
