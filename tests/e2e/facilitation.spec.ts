import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildContent } from '../../src/content/load';
import { workshopFileText } from '../../src/storage/workshop-store';
import { readContent } from '../../scripts/read-content';
import { sampleGroup } from '../fixtures/workshop';
import { saveDownload } from './downloads';
import { axe, pdfPages, pdfPictures } from './workshop-helpers';

// Facilitation mode on the built app, with a named workshop of five participants opened from a backup file: results
// stay hidden until the trainer reveals them (button, Enter, a clicker's PageDown), no name ever reaches a slide, and
// the map of where to talk shows its quadrants with a text alternative, on the slide and in the group report.

const root = join(import.meta.dirname, '..', '..');
const content = buildContent(readContent(join(root, 'content')).raw, 'nl');
const NOW = '2026-11-23T12:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'zelfscan-facilitation-e2e-'));
// Set SHOTS=/tmp/shots to keep the screenshots of the map slide and a picture of the report's map page.
const shots = process.env.SHOTS;
if (shots) mkdirSync(shots, { recursive: true });

const { setup, record } = sampleGroup(content, 5, NOW);
const names = record.participants.map((p) => p.name);
const backup = join(dir, 'workshop-reservekopie.json');
writeFileSync(backup, workshopFileText(record, content.contentVersion, NOW));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** What the screens say in the test's language: on each line the Dutch, then the English. */
function words(lang: 'nl' | 'en') {
  const say = <T>(nl: T, en: T): T => (lang === 'nl' ? nl : en);
  return {
    english: lang === 'en',
    openFile: say('Workshop openen uit een bestand', 'Open a workshop from a file'),
    open: say(`Openen: ${setup.name}`, `Open: ${setup.name}`),
    overview: say('Groepsoverzicht', 'Group overview'),
    start: say('Presentatie starten', 'Start the presentation'),
    dialog: say('Presentatie van de workshop', 'Workshop presentation'),
    slide: (n: number) => new RegExp(say(`^Dia ${n} van \\d+$`, `^Slide ${n} of \\d+$`), 'u'),
    mapTitle: say('Waar praten we over?', 'Where to talk'),
    show: say('Toon resultaat', 'Show result'),
    hidden: say(/Het resultaat is nog verborgen/u, /The result is still hidden/u),
    announced: say(
      'Het resultaat van de groep staat nu op het scherm.',
      'The group’s result is now on the screen.',
    ),
    mapImg: say(/^Kaart van de vragen\./u, /^Map of the questions\./u),
    quadrants: say<[string, string, string, string]>(
      [
        'Verdeeld: we willen verder, maar hoe?',
        'Eens: hier willen we verder',
        'Verdeeld',
        'Eens en tevreden',
      ],
      [
        'Divided: we want to move on, but how?',
        'Agreed: we want to move on here',
        'Divided',
        'Agreed and content',
      ],
    ),
    dilemma: say(/^Vraag \d+ · Dilemma$/u, /^Question \d+ · Dilemma$/u),
    pdf: say('Groepsrapport (PDF)', 'Group report (PDF)'),
  };
}

/** Opens the workshop from its backup file and starts the presentation; returns the presentation. */
async function present(page: Page, lang: 'nl' | 'en'): Promise<Locator> {
  const W = words(lang);
  await page.goto('/');
  if (W.english) await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/workshop');
  await page.getByLabel(W.openFile).setInputFiles(backup);
  await page.getByRole('button', { name: W.open }).click();
  await expect(page.getByRole('heading', { level: 1, name: W.overview })).toBeVisible();
  await page.getByRole('button', { name: W.start }).click();
  const dialog = page.getByRole('dialog', { name: W.dialog });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** No participant's name in the slide's text, attributes or accessible names. */
async function noNames(dialog: Locator): Promise<void> {
  const html = await dialog.evaluate((el) => el.outerHTML);
  for (const name of names) expect(html).not.toContain(name);
}

for (const lang of ['nl', 'en'] as const) {
  test(`facilitation (${lang}): answer first, reveal after; no names; the map of where to talk`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const W = words(lang);
    await page.setViewportSize({ width: 1280, height: 800 });
    const dialog = await present(page, lang);
    const heading = dialog.getByRole('heading', { level: 2 });
    await expect(dialog.getByText(W.slide(1))).toBeVisible();
    await expect(heading).toHaveText(setup.name);
    await noNames(dialog);

    // slide 2: the map, hidden; the clicker's first press reveals it, and that is said
    await page.keyboard.press('PageDown');
    await expect(dialog.getByText(W.slide(2))).toBeVisible();
    await expect(heading).toHaveText(W.mapTitle);
    await expect(dialog.getByText(W.hidden)).toBeVisible();
    await expect(dialog.getByRole('img')).toHaveCount(0);
    if (shots) await page.screenshot({ path: join(shots, `map-slide-hidden-1280-${lang}.png`) });
    await page.keyboard.press('PageDown');
    await expect(dialog.getByText(W.slide(2))).toBeVisible();
    const map = dialog.getByRole('img', { name: W.mapImg });
    await expect(map).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(W.announced);
    // the quadrants, written in the picture and as headings of the list of questions (the text alternative)
    for (const name of W.quadrants) {
      await expect(map).toContainText(name.split(' ')[0] as string);
      await expect(
        dialog.getByRole('heading', { level: 3, name: new RegExp(`${escape(name)}$`, 'u') }),
      ).toBeVisible();
    }
    // every dot carries its question number, and every number is in the list with its text
    const numbers = await map
      .locator('[data-number]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
    expect(numbers.length).toBeGreaterThan(5);
    const list = dialog.locator('.zs-talk-map__list li');
    await expect(list).toHaveCount(numbers.length);
    for (const n of numbers) await expect(map.locator(`[data-number="${n}"] text`)).toHaveText(n as string);
    await noNames(dialog);
    if (shots) await page.screenshot({ path: join(shots, `map-slide-1280-${lang}.png`) });
    await axe(page, `map slide ${lang}`);

    // a dilemma: hidden, revealed by the button; going back keeps the map revealed
    await page.keyboard.press('PageDown');
    await expect(dialog.getByText(W.slide(3))).toBeVisible();
    await expect(dialog.getByText(W.dilemma)).toBeVisible();
    await expect(dialog.getByRole('img')).toHaveCount(0);
    if (shots) await page.screenshot({ path: join(shots, `dilemma-hidden-1280-${lang}.png`) });
    await dialog.getByRole('button', { name: W.show }).click();
    await expect(dialog.getByRole('img')).toBeVisible();
    await expect(heading).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(dialog.getByText(W.slide(2))).toBeVisible();
    await expect(dialog.getByRole('img', { name: W.mapImg })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByText(W.slide(3))).toBeVisible();
    await expect(dialog.getByRole('img')).toBeVisible();

    // the next one by Enter; then every other slide revealed by R, none with a name on it
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByText(W.slide(4))).toBeVisible();
    await expect(dialog.getByRole('img')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('img')).toBeVisible();
    const total = Number(/(\d+)$/u.exec((await dialog.getByText(W.slide(4)).textContent()) ?? '')?.[1]);
    for (let n = 4; n <= total; n++) {
      await expect(dialog.getByText(W.slide(n))).toBeVisible();
      await page.keyboard.press('r');
      await noNames(dialog);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // the map at 360 px
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('button', { name: W.start }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('r');
    await expect(dialog.getByRole('img', { name: W.mapImg })).toBeVisible();
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('.zs-facilitate') as HTMLElement;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    if (shots) {
      await page.screenshot({ path: join(shots, `map-slide-360-${lang}.png`) });
      await dialog.locator('.zs-talk-map__list').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, `map-list-360-${lang}.png`) });
    }
    await axe(page, `map slide 360 ${lang}`);
    await page.keyboard.press('Escape');

    // the group report has the map as a page
    await page.setViewportSize({ width: 1280, height: 800 });
    const pdf = await saveDownload(page, W.pdf, join(dir, `groepsrapport-${lang}.pdf`));
    const pages = pdfPages(pdf);
    const at = pages.findIndex((p) => p.includes(W.mapTitle) && p.includes(W.quadrants[0]));
    expect(at).toBeGreaterThan(0);
    // the map takes a page and a bit: its four quadrants, then the questions left off and how to read it
    const text = `${pages[at] ?? ''} ${pages[at + 1] ?? ''}`.replace(/\s+/gu, ' ');
    for (const name of W.quadrants) expect(text).toContain(name);
    // the map page names nobody (the named workshop's dilemma tables do, by design)
    for (const name of names) expect(text).not.toContain(name);
    if (shots) pdfPictures(pdf, join(shots, `report-map-${lang}`), at + 1, at + 2);
  });
}
