import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildContent } from '../../src/content/load';
import type { Answers, Content } from '../../src/domain/types';
import { newWorkshop, type Participant, type WorkshopRecord } from '../../src/domain/workshop';
import { workshopFileText } from '../../src/storage/workshop-store';
import { readContent } from '../../scripts/read-content';
import { saveDownload } from './downloads';
import { seedLocalStorage } from './journeys';
import { storedEntries } from './stored';
import { axe, pdfPages, pdfPictures, pdfText } from './workshop-helpers';

// A series over time: three workshops of one group are on the trainer's laptop (seeded as an older version kept
// them, in localStorage; the app moves them into IndexedDB at start). The trainer marks them as one series, reads
// the trend per theme on screen and finds it in the group report PDF.

const root = join(import.meta.dirname, '..', '..');
const content = buildContent(readContent(join(root, 'content')).raw, 'nl');
// screenshots of the series view and a picture of the PDF's trend page, to look at
const shots = process.env.SERIES_SHOTS ?? '/tmp/shots';
mkdirSync(shots, { recursive: true });

const VER = 'Bestuurlijke verankering';
const MON = 'Monitoring, resultaten & verantwoording';
const NET = content.modules.find((m) => m.id === 'net')?.title ?? 'net';
const SERIES = 'Wijkaanpak Noord 2026';

/** The scored statements of a theme (no anchor questions). */
const statements = (c: Content, moduleId: string) =>
  (c.modules.find((m) => m.id === moduleId)?.items ?? []).filter(
    (i) => (i.type === 'likert' || i.type === 'frequency') && !i.anchor,
  );

/**
 * Participant k's answers: per theme the level `v` (1–5) with a spread of one step around it (v−1, v, v, v+1), so
 * the group's theme score is (v − 1) / 4 exactly.
 */
function answers(levels: Record<string, number>, k: number): Answers {
  const out: Answers = {};
  for (const [moduleId, v] of Object.entries(levels))
    for (const i of statements(content, moduleId)) {
      const value = Math.min(5, Math.max(1, v + [-1, 0, 0, 1][k % 4]!));
      out[i.id] = { kind: 'scale', value: i.reverse ? 6 - value : value };
    }
  return out;
}

function workshop(id: string, name: string, date: string, levels: Record<string, number>): WorkshopRecord {
  const items = Object.keys(levels).flatMap((m) => statements(content, m).map((i) => i.id));
  const participants: Participant[] = Array.from({ length: 4 }, (_, k) => ({
    id: `${id}-deelnemer-${k + 1}`,
    role: k < 2 ? 'bestuurder' : 'projectleider',
    name: `Deelnemer ${k + 1}`,
    answers: answers(levels, k),
    source: 'file',
    receivedAt: `${date}T11:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
  }));
  const setup = { id, name, date, anonymous: false, items };
  return { ...newWorkshop(setup, `${date}T09:00:00.000Z`), participants };
}

// verankering rises, monitoring falls, the network theme was not asked in the spring
const workshops = [
  workshop('ws-nul', 'Nulmeting', '2026-01-15', { ver: 2, mon: 4, net: 3 }),
  workshop('ws-voorjaar', 'Vervolgmeting voorjaar', '2026-05-20', { ver: 3, mon: 3 }),
  workshop('ws-najaar', 'Vervolgmeting najaar', '2026-10-07', { ver: 4, mon: 2, net: 4 }),
];

async function seed(page: Page): Promise<void> {
  await seedLocalStorage(page, {
    ...Object.fromEntries(
      workshops.map((w) => [
        `zelfscan:workshop:${w.setup.id}`,
        workshopFileText(w, content.contentVersion, '2026-10-07T12:00:00.000Z'),
      ]),
    ),
    // the autumn session is the one the trainer has open
    'zelfscan:workshop-current': 'ws-najaar',
  });
}

/** The cells of a theme's row in the trend table, as a trainer reads them. */
async function rowOf(table: Locator, theme: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: theme }) });
  return (await row.getByRole('cell').allInnerTexts()).map((s) => s.trim());
}

async function screenshots(page: Page, lang: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(shots, `series-${lang}-${width}.png`), fullPage: true });
    // the tall phone page also in parts, readable at full size
    if (width === 360) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, k = 1; y < height; y += 1400, k++)
        await page.screenshot({
          path: join(shots, `series-${lang}-360-part${k}.png`),
          fullPage: true,
          clip: { x: 0, y, width: 360, height: Math.min(1400, height - y) },
        });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('three workshops of one group become a series: the trend per theme on screen and in the group report', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await seed(page);
  await page.goto('/#/workshop');
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  await page.getByRole('button', { name: 'Reeks en trend' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reeks' })).toBeFocused();
  await expect(page.getByText(/Deze workshop hoort nog niet bij een reeks\./u)).toBeVisible();

  // marking the series: a name, and the other two workshops of the group
  await page.getByRole('button', { name: 'Reeks opslaan' }).click();
  await expect(page.getByLabel('Naam van de reeks')).toBeFocused();
  await expect(page.getByText('Geef de reeks een naam.')).toBeVisible();
  await page.getByLabel('Naam van de reeks').fill(SERIES);
  await page.getByRole('checkbox', { name: 'Nulmeting' }).check();
  await page.getByRole('checkbox', { name: 'Vervolgmeting voorjaar' }).check();
  await page.getByRole('button', { name: 'Reeks opslaan' }).click();
  await expect(page.getByRole('status').getByText('De reeks is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reeks opslaan' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Nulmeting' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1, name: `Reeks ‘${SERIES}’` })).toBeVisible();
  await expect(page.getByText('De reeks heeft 3 bijeenkomsten.', { exact: false })).toBeVisible();

  // the trend table, per theme × session, in date order
  const table = page.getByRole('table', {
    name: `Score van de groep per thema in elke bijeenkomst van de reeks ‘${SERIES}’`,
  });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Thema',
    '1. Nulmeting',
    '2. Vervolgmeting voorjaar',
    '3. Vervolgmeting najaar',
    'Verandering',
  ]);
  expect(await rowOf(table, VER)).toEqual(['25%', '50%', '75%', '▲ +50 punten (hoger)']);
  expect(await rowOf(table, MON)).toEqual(['75%', '50%', '25%', '▼ −50 punten (lager)']);
  // not asked in the spring: a gap, not a zero
  expect(await rowOf(table, NET)).toEqual(['50%', 'niet gevraagd', '75%', '▲ +25 punten (hoger)']);
  await expect(
    page.getByText(`‘${VER}’ steeg het meest: van 25% in bijeenkomst 1 naar 75% in bijeenkomst 3.`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: new RegExp(
        `^Verloop van ‘${NET}’\\. bijeenkomst 1: 50%, bijeenkomst 2: geen score \\(niet gevraagd\\), bijeenkomst 3: 75%`,
        'u',
      ),
    }),
  ).toBeVisible();
  await axe(page, 'series view');
  await screenshots(page, 'nl');
  // on a phone the table becomes one card per theme, each value named by its session
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await axe(page, 'series view at 360 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  // every workshop of the series carries it, in what the app stores
  const stored = await storedEntries(page);
  for (const w of workshops) {
    const env = JSON.parse(stored[`zelfscan:workshop:${w.setup.id}`] ?? '{}') as {
      workshop?: { series?: { name: string } };
    };
    expect(env.workshop?.series?.name, w.setup.id).toBe(SERIES);
  }

  // the group report has the trend section
  await page.getByRole('button', { name: 'Terug naar het groepsoverzicht' }).click();
  await expect(page.getByRole('button', { name: 'Trend over de reeks bekijken' })).toBeVisible();
  await page.screenshot({ path: join(shots, 'series-overview-nl-1280.png') });
  const pdf = await saveDownload(page, 'Groepsrapport (PDF)', info.outputPath('groepsrapport.pdf'));
  const text = pdfText(pdf);
  expect(text).toContain('Trend over de reeks');
  expect(text).toContain(`Deze workshop hoort bij de reeks ‘${SERIES}’ met 3 bijeenkomsten.`);
  expect(text).toContain('Vervolgmeting najaar (dit rapport)');
  expect(text).toContain(`‘${VER}’ steeg het meest: van 25% in bijeenkomst 1 naar 75% in bijeenkomst 3.`);
  expect(text).toMatch(/daalde het meest: van 75% in bijeenkomst 1 naar 25% in bijeenkomst 3\./u);
  expect(text).toContain('niet gevraagd');
  // a picture of the trend page, to look at
  const pages = pdfPages(pdf);
  const trendPage =
    pages.findIndex((p) => p.includes('Trend over de reeks') && p.includes('Verandering')) + 1;
  expect(trendPage).toBeGreaterThan(0);
  pdfPictures(pdf, join(shots, 'series-pdf-trend'), trendPage);

  // the series is still there after a reload, and the view works in English
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'View the trend over the series' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Series ‘${SERIES}’` })).toBeVisible();
  const en = page.getByRole('table', {
    name: `The group’s score per theme in every session of the series ‘${SERIES}’`,
  });
  expect(await rowOf(en, 'Political and organisational embedding')).toEqual([
    '25%',
    '50%',
    '75%',
    '▲ +50 points (higher)',
  ]);
  await expect(en.getByRole('cell', { name: 'not asked' })).toBeVisible();
  await axe(page, 'series view (en)');
  await screenshots(page, 'en');
});
