import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildContent } from '../../src/content/load';
import { groupAnswers } from '../../src/domain/compare';
import type { ScanData } from '../../src/domain/scan';
import type { Answer, Answers } from '../../src/domain/types';
import { wrap } from '../../src/storage/envelope';
import { makeGroupResult } from '../../src/storage/group-result';
import { readContent } from '../../scripts/read-content';
import { sampleScan } from '../fixtures/sample-scan';

// Nulmeting and vervolgmeting: two answers files, the first one chosen as the baseline of the second in the app, and
// the comparison read back from the downloaded PDF with pdftotext.

const root = join(import.meta.dirname, '..', '..');
const content = buildContent(readContent(join(root, 'content')).raw, 'nl');
const dir = mkdtempSync(join(tmpdir(), 'zelfscan-compare-e2e-'));
// Set COMPARE_SHOTS=/tmp to keep a screenshot of the comparison screen and a picture of the PDF page.
const shots = process.env.COMPARE_SHOTS;

/** The vervolgmeting: the sample quick scan of a wethouder. */
function current(): ScanData {
  return {
    ...sampleScan(content, 'bestuurder', { kind: 'quick' }),
    id: 'vervolg',
    name: 'Vervolgmeting najaar',
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

/**
 * The nulmeting, half a year earlier: one step weaker on every scale, every dilemma one step to the left, and "weet
 * niet" where the vervolgmeting has a real answer to the first instrument question.
 */
function earlier(scan: ScanData): ScanData {
  const answers: Answers = {};
  const reverse = new Set(
    content.modules
      .flatMap((m) => m.items)
      .filter((i) => i.reverse)
      .map((i) => i.id),
  );
  for (const [id, a] of Object.entries(scan.answers)) {
    // one step weaker: lower on a statement, higher on a reverse-keyed one (agreeing is the weak answer there)
    answers[id] =
      a.kind === 'scale'
        ? { kind: 'scale', value: reverse.has(id) ? Math.min(5, a.value + 1) : Math.max(1, a.value - 1) }
        : a.kind === 'dilemma' && a.now !== undefined
          ? { ...a, now: Math.max(-3, a.now - 1) }
          : a;
  }
  const instrument = Object.entries(scan.answers).find(([, a]) => a.kind === 'instrument')?.[0];
  if (instrument) answers[instrument] = { kind: 'unknown' } satisfies Answer;
  return {
    ...scan,
    id: 'nulmeting',
    name: 'Nulmeting voorjaar',
    updatedAt: '2026-05-04T10:00:00.000Z',
    answers,
  };
}

function file(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Opens the app with the vervolgmeting as the current scan, imported from its answers file under "Mijn scans". */
async function openWithCurrent(page: Page, currentFile: string): Promise<void> {
  await page.goto('/#/scans');
  await page.getByLabel('Antwoordenbestand openen').setInputFiles(currentFile);
  await expect(page.getByRole('heading', { level: 2, name: 'Vervolgmeting najaar' })).toBeVisible();
  await page.goto('/#/rapport');
  await page.getByRole('link', { name: 'Vergelijk met een eerdere meting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vergelijken met een eerdere meting' }),
  ).toBeVisible();
}

async function downloadPdf(page: Page): Promise<string> {
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als PDF' }).click();
  const d = await wait;
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return path;
}

test('an answers file becomes the nulmeting of a later scan; screen and PDF show the changes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const now = current();
  const currentFile = file('vervolg.json', wrap(now, content.contentVersion, now.updatedAt));
  const baselineFile = file(
    'nulmeting.json',
    wrap(earlier(now), content.contentVersion, '2026-05-04T10:00:00.000Z'),
  );

  await openWithCurrent(page, currentFile);
  await expect(page.getByText('U hebt nog geen nulmeting gekozen.')).toBeVisible();
  await page.getByLabel('Antwoordenbestand of groepsuitslag van een workshop').setInputFiles(baselineFile);
  await expect(page.getByText('De nulmeting is nu ‘Nulmeting voorjaar’.')).toBeVisible();
  await expect(
    page.getByText(/Deze scan wordt vergeleken met ‘Nulmeting voorjaar’ van .* \(een antwoordenbestand\)\./u),
  ).toBeVisible();

  // a target for one theme
  const ver = page.getByRole('group', { name: 'Bestuurlijke verankering' });
  await ver.getByLabel('Doelniveau').selectOption('80');
  await ver.getByLabel('Uiterlijk op').fill('2027-06-30');
  await page.getByRole('button', { name: 'Doelen opslaan' }).click();
  await expect(page.getByText('De doelen zijn opgeslagen.')).toBeVisible();

  // per module: baseline, now, change in words, target
  const table = page.getByRole('table', { name: 'Scores per thema: nulmeting, nu en doel' });
  const row = table.getByRole('row', { name: /Bestuurlijke verankering/u });
  await expect(row).toContainText(/\d+%\s*\d+%\s*▲\s*\+\d+ punten \(hoger\)/u);
  await expect(row).toContainText('80% uiterlijk 2027-06-30');
  await expect(
    page.getByRole('img', {
      name: /^Nulmeting, nu en doel per thema .*Bestuurlijke verankering: \d+% \(nulmeting \d+%, doel 80%\)/u,
    }),
  ).toBeVisible();
  await expect(page.locator('svg [data-series="baseline"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3, name: 'Grootste verbeteringen' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Verschoven posities bij dilemma’s' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Eerst ‘weet niet’, nu beantwoord' }),
  ).toBeVisible();
  await expect(page.getByText('Geen enkele vraag scoort lager dan bij de nulmeting.')).toBeVisible();

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  if (shots) {
    await page.screenshot({ path: join(shots, 'compare-screen.png'), fullPage: true });
    await page.locator('.zs-comparison').screenshot({ path: join(shots, 'compare-modules.png') });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(shots, 'compare-360.png'), fullPage: true });
    await page.locator('.zs-comparison').screenshot({ path: join(shots, 'compare-modules-360.png') });
    await page
      .locator('#cmp-targets')
      .locator('..')
      .screenshot({ path: join(shots, 'compare-targets-360.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  // nothing overflows on a phone
  await page.setViewportSize({ width: 360, height: 800 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // the baseline was copied into the scan and saved: it survives a reload
  await page.reload();
  await expect(page.getByText(/Deze scan wordt vergeleken met ‘Nulmeting voorjaar’/u)).toBeVisible();

  await page.getByRole('link', { name: 'Bekijk het rapport met de vergelijking' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vergelijking met de nulmeting' })).toBeVisible();
  if (shots)
    await page
      .locator('#sec-vergelijking')
      .locator('..')
      .screenshot({ path: join(shots, 'report-section.png') });
  const pdf = await downloadPdf(page);
  const text = flat(pdfText(pdf));
  expect(text).toContain('Vergelijking met de nulmeting');
  expect(text).toContain(
    'Deze meting is vergeleken met ‘Nulmeting voorjaar’ van 2026-05-04 (een antwoordenbestand).',
  );
  expect(text).toMatch(
    /Bestuurlijke verankering \d+% \d+% \+\d+ punten \(hoger\) 80% uiterlijk 2027-06-30 (nog \d+ punten|doel gehaald)/u,
  );
  expect(text).toMatch(/Grootste verbeteringen • .+ — \S.* → .+, \+25 punten \(hoger\)/u);
  expect(text).toContain('Verschoven posities bij dilemma’s');
  expect(text).toMatch(/nu -?\+?\d → [-+]?\d, gewenst/u);
  expect(text).toContain('Eerst ‘weet niet’, nu beantwoord');
  expect(text).toContain('Gestreepte lijn: nulmeting. Doorgetrokken lijn: nu. Open rondjes: doel.');
  expect(text).not.toContain('Niet meer in de vragenlijst');
  if (shots) {
    const page4 = pdfText(pdf)
      .split('\f')
      .findIndex((p) => p.includes('Nulmeting, nu en doel per thema'));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(page4 + 1),
      '-l',
      String(page4 + 1),
      pdf,
      join(shots, 'compare-pdf'),
    ]);
  }
});

test('a nulmeting made with other content: removed items are listed apart, never mixed in', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const now = current();
  const old = earlier(now);
  old.answers['ver.vraag-uit-2025'] = { kind: 'scale', value: 2 };
  const currentFile = file('vervolg-2.json', wrap(now, content.contentVersion, now.updatedAt));
  const baselineFile = file('oude-versie.json', wrap(old, '0.9.0', '2025-11-01T10:00:00.000Z'));

  await openWithCurrent(page, currentFile);
  await page.getByLabel('Antwoordenbestand of groepsuitslag van een workshop').setInputFiles(baselineFile);
  await expect(
    page.getByText(/De vragenlijst is veranderd sinds de nulmeting \(versie 0\.9\.0, nu /u),
  ).toBeVisible();
  const removed = page.getByRole('region', { name: 'Niet meer in de vragenlijst' });
  await expect(removed.getByRole('listitem')).toHaveText(['ver.vraag-uit-2025']);

  await page.getByRole('link', { name: 'Bekijk het rapport met de vergelijking' }).click();
  const text = flat(pdfText(await downloadPdf(page)));
  expect(text).toContain('De vragenlijst is veranderd sinds de nulmeting (versie 0.9.0, nu');
  expect(text).toMatch(
    /Niet meer in de vragenlijst Deze antwoorden uit de nulmeting .* Ze tellen niet mee\. • ver\.vraag-uit-2025/u,
  );
});

test('a workshop’s group result can be the nulmeting; a file that is neither is refused', async ({
  page,
}) => {
  const now = current();
  const currentFile = file('vervolg-3.json', wrap(now, content.contentVersion, now.updatedAt));
  const members = [earlier(now).answers, now.answers, earlier(now).answers];
  const group = makeGroupResult(
    { id: 'ws-1', name: 'Werkplaats Noord – maart', date: '2026-03-12' },
    content.contentVersion,
    groupAnswers(members),
    3,
  );

  await openWithCurrent(page, currentFile);
  const input = page.getByLabel('Antwoordenbestand of groepsuitslag van een workshop');
  await input.setInputFiles({
    name: 'iets.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "iets anders"}'),
  });
  await expect(
    page.getByText('Dit is geen antwoordenbestand en geen groepsuitslag van de Zelfscan Wijkaanpak.'),
  ).toBeVisible();
  await input.setInputFiles(file('groep.json', group));
  await expect(
    page.getByText(
      /Deze scan wordt vergeleken met ‘Werkplaats Noord – maart’ van .* \(de groepsuitslag van een workshop\)\./u,
    ),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Scores per thema: nulmeting, nu en doel' })
      .getByRole('row', { name: /Bestuurlijke verankering/u }),
  ).toContainText(/punten \(hoger\)|gelijk/u);
});

test('a group result larger than any questionnaire is refused as nulmeting, and the scan stays readable', async ({
  page,
}) => {
  const now = current();
  await openWithCurrent(page, file('vervolg.json', wrap(now, content.contentVersion, now.updatedAt)));
  // just under the 2 MiB import limit, with far more answers than there are questions
  const answers = Object.fromEntries(
    Array.from({ length: 20_000 }, (_, i) => [
      `x.vraag-${i}`,
      { kind: 'text' as const, value: 'a'.repeat(60) },
    ]),
  );
  const big = makeGroupResult({ id: 'w-groot', name: 'Te groot', date: '2026-05-01' }, '1.0.0', answers, 12);
  const text = JSON.stringify(big);
  expect(text.length).toBeGreaterThan(1_900_000);
  expect(text.length).toBeLessThan(2 * 1024 * 1024);
  // written compact, as the app writes it, so it passes the size check and meets the schema
  const path = join(dir, 'groot.json');
  writeFileSync(path, text);
  await page.getByLabel('Antwoordenbestand of groepsuitslag van een workshop').setInputFiles(path);
  await expect(page.getByText(/Dit bestand klopt niet/u)).toBeVisible();
  await expect(page.getByText('U hebt nog geen nulmeting gekozen.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vergelijken met een eerdere meting' }),
  ).toBeVisible();
  await expect(page.getByText('U hebt nog geen nulmeting gekozen.')).toBeVisible();
});
