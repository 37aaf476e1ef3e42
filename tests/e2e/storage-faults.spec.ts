import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { newScan } from '../../src/domain/scan';
import { options, seedLocalStorage, startQuickScan } from './journeys';
import { storedAnswers, storedEntries } from './stored';

// Whatever the browser's storage does, nothing is lost and nothing untrue is said: a killed browser process, storage
// full at the start and during use, writes refused, storage blocked, a stale tab, and the format's limits.

test.use({ serviceWorkers: 'block' });

const ORIGIN = process.env.E2E_ORIGIN ?? 'http://127.0.0.1:4173';

/** Answers the current (scale) question and goes on. */
async function answerAndNext(page: Page, n: number): Promise<void> {
  await (await options(page)).nth(n % 5).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
}

/** A scan as an older version of the app left it in localStorage. */
function seedScanInLocalStorage() {
  const now = '2026-11-30T09:00:00.000Z';
  const scan = {
    ...newScan('oud-1', now, 'Scan van vorige week'),
    step: 'questions' as const,
    role: 'projectleider' as const,
    scope: { kind: 'quick' as const },
    index: 1,
    answers: { 'ver.college-agenda': { kind: 'scale' as const, value: 4 } },
  };
  const envelope = {
    format: 'zelfscan-wijkaanpak/scan',
    version: 2,
    contentVersion: '1.1.0',
    savedAt: now,
    scan,
  };
  return { 'zelfscan:scan:oud-1': JSON.stringify(envelope), 'zelfscan:current': 'oud-1' };
}

test('a killed browser process keeps every answer the app had stored', async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'zelfscan-kill-'));
  const launch = () =>
    chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROME_PATH,
      baseURL: ORIGIN,
      serviceWorkers: 'block',
    });
  try {
    let context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await startQuickScan(page);
    for (let n = 0; n < 3; n++) await answerAndNext(page, n);
    await expect.poll(async () => (await storedAnswers(page)).length).toBe(3);
    // no clean shutdown: the browser's main process is killed at once
    const pids = execFileSync('pgrep', ['-f', `user-data-dir=${dir}`])
      .toString()
      .trim()
      .split('\n');
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        /* already gone with its parent */
      }
    }
    await context.close().catch(() => {});
    context = await launch();
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto('/');
    await expect(again.getByRole('button', { name: 'Ga verder waar u was' })).toBeVisible();
    expect((await storedAnswers(again)).length).toBe(3);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('data an older version kept in localStorage moves to IndexedDB, even when localStorage is full', async ({
  page,
}) => {
  const seed = seedScanInLocalStorage();
  await seedLocalStorage(page, seed);
  await page.evaluate(() => {
    // fill what is left of localStorage with another site's data
    const block = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 100; i++) {
      try {
        localStorage.setItem(`ander:${i}`, block);
      } catch {
        break;
      }
    }
  });
  await page.goto('/#/scans');
  await expect(page.getByRole('heading', { level: 2, name: 'Scan van vorige week' })).toBeVisible();
  await expect(page.getByText(/Deze browser bewaart niets/u)).toHaveCount(0);
  const stored = await storedEntries(page);
  expect(stored['zelfscan:scan:oud-1']).toBe(seed['zelfscan:scan:oud-1']);
  expect(await page.evaluate(() => localStorage.getItem('zelfscan:scan:oud-1'))).toBeNull();
  // the scan resumes where it was, and a new answer is stored
  await page.goto('/');
  await page.getByRole('button', { name: 'Ga verder waar u was' }).click();
  await (await options(page)).nth(2).check();
  await expect.poll(async () => (await storedAnswers(page)).length).toBe(2);
});

test('storage filling up during use: the answer stays on screen and the app says it was not stored, renaming too', async ({
  page,
}) => {
  await startQuickScan(page);
  await answerAndNext(page, 1);
  await expect.poll(async () => (await storedAnswers(page)).length).toBe(1);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const choice = (await options(page)).nth(3);
  await choice.check();
  await expect(page.getByRole('alert')).toContainText('De opslag van deze browser is vol.');
  await expect(choice).toBeChecked();
  expect((await storedAnswers(page)).length).toBe(1);

  // renaming under "Mijn scans" does not claim a change that was not stored
  await page.getByRole('link', { name: 'Mijn scans' }).click();
  await page.getByLabel('Nieuwe naam').fill('Andere naam');
  await page.getByRole('button', { name: 'Naam wijzigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /naam/iu })).toContainText(
    'De naam is niet gewijzigd',
  );
});

test('writes refused from the start: stored scans are shown, resumed, reported and exportable; the app says it keeps nothing new', async ({
  context,
  page,
}) => {
  const seed = seedScanInLocalStorage();
  await seedLocalStorage(page, seed);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
    Storage.prototype.setItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  const fresh = await context.newPage();
  await fresh.goto('/');
  await fresh.getByRole('button', { name: 'Ga verder waar u was' }).click();
  await expect(fresh.getByText(/^Vraag \d+ van \d+/u)).toBeVisible();
  await expect(fresh.getByText(/Deze browser bewaart niets/u).first()).toBeVisible();
  await fresh.getByRole('link', { name: 'Mijn scans' }).click();
  await expect(fresh.getByRole('heading', { level: 2, name: 'Scan van vorige week' })).toBeVisible();
  await expect(fresh.getByRole('button', { name: 'Antwoorden opslaan als bestand' }).first()).toBeVisible();
  await fresh.goto('/#/rapport');
  await expect(fresh.getByRole('heading', { level: 1 })).not.toHaveText(/geen scan/iu);
});

test('storage blocked altogether: the start page and the scan work, and say that nothing is kept', async ({
  context,
  page,
}) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await startQuickScan(page);
  await (await options(page)).nth(2).check();
  await expect(page.getByText(/Er ging iets mis/u)).toHaveCount(0);
  await expect(page.getByText(/Deze browser bewaart niets/u).first()).toBeVisible();
});

test('a report page open in another tab never overwrites an answer just given', async ({ context, page }) => {
  await startQuickScan(page);
  await answerAndNext(page, 0);
  const report = await context.newPage();
  await report.goto('/#/rapport');
  await expect(report.getByRole('heading', { level: 1 })).toBeVisible();
  // an answer in the scan tab, then an edit in the (now stale) report tab
  await (await options(page)).nth(4).check();
  await expect.poll(async () => (await storedAnswers(page)).length).toBe(2);
  await report.getByRole('checkbox', { name: 'Markeer het rapport als vertrouwelijk' }).check();
  await expect.poll(async () => (await storedAnswers(page)).length).toBe(2);
  expect((await storedAnswers(report)).length).toBe(2);
});

test('a text field stops at the length the saved format allows, and the scan reads back after a reload', async ({
  page,
}) => {
  await startQuickScan(page);
  await answerAndNext(page, 2);
  await page.goto('/#/rapport');
  await page.getByRole('button', { name: 'Eigen actie toevoegen' }).click();
  const field = page.getByLabel('Actie', { exact: true }).last();
  await field.fill('a'.repeat(1200));
  expect((await field.inputValue()).length).toBe(1000);
  await page.reload();
  await expect(page.getByLabel('Actie', { exact: true }).last()).toHaveValue('a'.repeat(1000));
});
