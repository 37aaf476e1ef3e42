import { expect, test, type Page } from '@playwright/test';
import { currentItem, options, question, startQuickScan } from './journeys';
import { storedAnswers, storedEntries } from './stored';

// Nothing lost, nothing leaked: crash points, two tabs, other origins, wiping, protected files, hostile text.

const ORIGIN = process.env.E2E_ORIGIN ?? 'http://127.0.0.1:4173';

/** Answers the current question with a choice derived from n; returns the item id. */
async function answerCurrent(page: Page, n: number): Promise<string> {
  const { id, type } = await currentItem(page);
  const group = await question(page);
  if (type === 'open') await group.getByLabel('Uw antwoord').fill(`Antwoord ${n}`);
  else if (type === 'dilemma')
    await group
      .getByRole('group')
      .first()
      .getByRole('radio')
      .nth(n % 7)
      .check();
  else await (await options(page)).nth(n % 5).check();
  return id;
}

test.describe('crash safety', () => {
  // The stops are about browser storage, so the service worker is kept out: closing a tab abruptly twenty-two times
  // while the worker served it once in about ten runs left Chromium aborting the next tab's module preloads, which
  // tests the browser, not the app. Offline behaviour with the worker has its own tests in shell.spec.ts.
  test.use({ serviceWorkers: 'block' });

  test('stopping the page at 22 random points loses no answer given before the stop', async ({ context }) => {
    test.setTimeout(240_000);
    let page = await context.newPage();
    await startQuickScan(page);
    const given = new Set<string>();
    let seed = 7;
    const rand = (max: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % max;
    };
    for (let stop = 0; stop < 22; stop++) {
      const steps = 1 + rand(3);
      for (let s = 0; s < steps; s++) {
        given.add(await answerCurrent(page, stop + s));
        const next = page.getByRole('button', { name: 'Volgende' });
        if (!(await next.isVisible())) break;
        if (rand(4) === 0) break; // sometimes stop right after answering, before moving on
        const before = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
        await next.click();
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(before);
      }
      // the stop: the tab is closed without any chance to save
      await page.close({ runBeforeUnload: false });
      page = await context.newPage();
      await page.goto('/#/scan');
      await expect(page.getByText(/^Vraag \d+ van \d+/u)).toBeVisible();
      const saved = await storedAnswers(page);
      for (const id of given) expect(saved, `answer to ${id} after stop ${stop + 1}`).toContain(id);
    }
    expect(given.size).toBeGreaterThan(15);
  });
});

test('two tabs on the same scan: the other tab warns and shows the newer answers, nothing is overwritten', async ({
  context,
}) => {
  const a = await context.newPage();
  await startQuickScan(a);
  const b = await context.newPage();
  await b.goto('/#/scan');
  await expect(b.getByText(/^Vraag \d+ van \d+/u)).toBeVisible();
  await (await options(a)).nth(3).check();
  await expect(b.getByText(/in een ander tabblad of venster gewijzigd/u)).toBeVisible();
  await expect((await options(b)).nth(3)).toBeChecked();
  // b goes on; a is told in turn and nothing from a is lost
  await b.getByRole('button', { name: 'Volgende' }).click();
  await (await options(b)).nth(1).check();
  await expect(a.getByText(/in een ander tabblad of venster gewijzigd/u)).toBeVisible();
  expect((await storedAnswers(a)).length).toBe(2);
});

test('a whole scan, its report, the PDF and the Word file make no request to another origin', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(ORIGIN) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  await startQuickScan(page, /Wethouder of bestuurder/u);
  for (let n = 0; n < 60; n++) {
    await answerCurrent(page, n);
    const toCheck = page.getByRole('button', { name: 'Naar de controle' });
    if (await toCheck.isVisible()) {
      await toCheck.click();
      break;
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByRole('button', { name: 'Verder naar de reflectie' }).click();
  await page.getByRole('button', { name: 'Afronden' }).click();
  await page.getByRole('button', { name: 'Bekijk mijn rapport' }).click();
  for (const name of [
    'Download als PDF',
    'Download als Word-bestand',
    'Download als toegankelijke webpagina',
  ]) {
    const d = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    await d;
  }
  await page.goto('/#/workshop');
  await page.goto('/#/vergelijk');
  await page.goto('/#/over');
  expect(foreign).toEqual([]);
});

test('"Alle gegevens wissen" leaves nothing of the app in storage', async ({ page }) => {
  await startQuickScan(page);
  await answerCurrent(page, 2);
  expect((await storedAnswers(page)).length).toBe(1);
  await page.goto('/#/privacy');
  await page.getByRole('button', { name: 'Alle gegevens wissen' }).click();
  await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expect(page.getByText('Alle gegevens van deze app zijn van dit apparaat gewist.')).toBeVisible();
  // nothing in IndexedDB or localStorage (storedEntries reads both), nor in sessionStorage
  expect(await storedEntries(page)).toEqual({});
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('zelfscan'))),
  ).toEqual([]);
});

test('a protected answers file opens only with the right passphrase', async ({ page, browser }) => {
  await startQuickScan(page);
  await answerCurrent(page, 4);
  await page.goto('/#/scans');
  await page.getByText('Bestand beveiligen met een wachtwoord').click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill('lange zomeravond');
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Beveiligd opslaan' }).click();
  const d = await wait;
  expect(d.suggestedFilename()).toMatch(/\.beveiligd\.json$/u);
  const path = (await d.path()) as string;

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto('/#/scans');
  await p2.getByLabel('Antwoordenbestand openen').setInputFiles(path);
  await p2.getByLabel(/Wachtwoord voor/u).fill('verkeerd wachtwoord');
  await p2.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(p2.getByText(/Het wachtwoord klopt niet, of het bestand is beschadigd/u)).toBeVisible();
  await expect(p2.getByText('Er staan nog geen scans op dit apparaat.')).toBeVisible();
  await p2.getByLabel(/Wachtwoord voor/u).fill('lange zomeravond');
  await p2.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(p2.getByText(/is geopend/u)).toBeVisible();
  await expect(p2.getByRole('button', { name: /^Open ‘/u })).toBeVisible();
  await other.close();
});

test('hostile text in every field is shown as text and never runs', async ({ page }) => {
  const hostile =
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>[klik](javascript:window.__pwned=1)';
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Begin de scan' }).click();
  await page.getByRole('radio', { name: /Trainer of begeleider/u }).check();
  await page.getByLabel('Gemeente').fill(hostile);
  await page.getByLabel('Naam van deze scan').fill(hostile);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /Snelle scan/u }).check();
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  for (let n = 0; n < 60; n++) {
    const { type } = await currentItem(page);
    if (type === 'open') {
      await page.getByLabel('Uw antwoord').fill(hostile);
      break;
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.goto('/#/rapport');
  await expect(page.getByText(hostile).first()).toBeVisible();
  await page.goto('/#/scans');
  await expect(page.getByRole('heading', { level: 2, name: hostile })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
