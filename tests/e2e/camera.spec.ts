import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { qrPng, readQrImage, writeQrSequenceY4m, Y4M_FPS } from './qr-helpers';
import { answerScan, byType, cameraBrowser, copyWorkshopTo, DATE, setUpWorkshop } from './workshop-helpers';

// Handing in by QR code when the answers need several codes: the participant's phone steps through "code 1 van N",
// the trainer's laptop camera (Chromium's fake camera playing a video of those codes, looped) reads them in and
// counts the participant once, however often the codes come by. The single-code path is in workshop.spec.ts.

const WORKSHOP = 'Camera-sessie';
const NAME = 'Ëlla van den Heuvel';
/** Frames each code stays in the trainer's camera video (at Y4M_FPS): about a second, as a participant would. */
const FRAMES_PER_CODE = 10;
/** How long a text is in the QR payload: the app writes every non-ASCII character as `\u00e9`. */
const payloadLength = (text: string) =>
  JSON.stringify(text).replace(/[\u007f-\uffff]/gu, '\\u0000').length - 2;
/**
 * An open answer of the full 1000 characters, so the answers need three codes of 600: accents and curly quotes first
 * (6 characters each in the payload), then a long run of spaces, as text pasted from a document can have, around
 * where the first cut falls (about 240 characters of the payload come before the answer): the first code then ends
 * in spaces, which the trainer's reader once trimmed off, so the sequence never added up.
 */
const LONG_ANSWER = (() => {
  const words = (n: number) => 'De raad vaker meenemen in de wijkaanpak. '.repeat(30).slice(0, n);
  const head = 'Één ‘wijk’, één ‘raad’, één ‘wethouder’: financiële keuzes. ';
  const before = head + words(210 - payloadLength(head));
  const text = before + ' '.repeat(300);
  return (text + words(1000 - text.length)).trim();
})();

/** A participant in a fresh context joins from a photo of the invitation QR code and answers every question. */
async function participantAnswers(
  browser: Browser,
  invitationQr: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/#/workshop');
  await page
    .getByLabel('QR-code uit een afbeelding lezen')
    .setInputFiles({ name: 'uitnodiging.png', mimeType: 'image/png', buffer: await qrPng(invitationQr) });
  await expect(
    page.getByText(`Workshop ‘${WORKSHOP}’ op ${DATE}: 13 vragen`, { exact: false }),
  ).toBeVisible();
  await answerScan(page, 0, {
    role: /Wethouder of bestuurder/u,
    name: NAME,
    answer: byType({ scale: (n) => n % 5, now: 1, desired: 5, open: LONG_ANSWER }),
  });
  return { page, close: () => context.close() };
}

const PART = /^ZW1:P:([0-9a-f]{8}):(\d+)\/(\d+):/u;

/** Reads the code an image shows once it shows code `k` (right after a step the old picture may still be up). */
async function readPart(img: Locator, k: number): Promise<string> {
  let text = '';
  await expect
    .poll(async () => {
      text = (await readQrImage(img).catch(() => null)) ?? '';
      return Number(PART.exec(text)?.[2]);
    })
    .toBe(k);
  return text;
}

/** Every code of the participant's hand-in, read off the screen by stepping with the page's own buttons. */
async function readAllParts(p: Page): Promise<string[]> {
  await p.getByRole('button', { name: 'Toon QR-code voor de trainer' }).click();
  await expect(p.getByText(/Uw antwoorden passen niet in één code/u)).toBeVisible();
  // the codes change by themselves every few seconds: stop that, then step
  await p.getByRole('button', { name: 'Wisselen stoppen' }).click();
  await expect(p.getByRole('button', { name: 'Codes laten wisselen' })).toBeVisible();
  const counter = p.getByText(/^Code \d+ van \d+$/u);
  const [, first, of] = /^Code (\d+) van (\d+)$/u.exec((await counter.textContent()) ?? '') ?? [];
  const total = Number(of);
  expect(total).toBeGreaterThanOrEqual(3);
  const parts = new Map<number, string>();
  let k = Number(first);
  for (let step = 0; step < total; step++) {
    const img = p.getByRole('img', { name: `QR-code met uw antwoorden, code ${k} van ${total}` });
    parts.set(k, await readPart(img, k));
    await p.getByRole('button', { name: 'Volgende code' }).click();
    k = (k % total) + 1;
    await expect(counter).toHaveText(`Code ${k} van ${total}`);
  }
  // and back: "Vorige code" steps the other way
  await p.getByRole('button', { name: 'Vorige code' }).click();
  await expect(counter).toHaveText(`Code ${k === 1 ? total : k - 1} van ${total}`);
  const codes = Array.from({ length: total }, (_, i) => parts.get(i + 1) ?? '');
  const keys = new Set(codes.map((c) => PART.exec(c)?.[1]));
  expect(keys.size, 'every code belongs to the same hand-in').toBe(1);
  codes.forEach((c, i) => expect(c).toMatch(new RegExp(`^ZW1:P:[0-9a-f]{8}:${i + 1}/${total}:`, 'u')));
  expect(codes[0], 'the first code ends in the run of spaces').toMatch(/ {20}$/u);
  return codes;
}

type Logged = Window & { cameraLog?: string[] };

/**
 * Keeps every text the camera's status line shows, in order: a part's message stays up only while its code is in
 * view (about a second), too short to be sure an assertion polling the screen sees each one.
 */
async function logCameraStatus(trainer: Page): Promise<void> {
  await trainer.locator('.zs-qr-reader__status').evaluate((el) => {
    const log: string[] = [];
    (window as Logged).cameraLog = log;
    const note = () => {
      const text = el.textContent?.trim() ?? '';
      if (text && log.at(-1) !== text) log.push(text);
    };
    new MutationObserver(note).observe(el, { childList: true, subtree: true, characterData: true });
  });
}

const cameraLog = (trainer: Page) => trainer.evaluate(() => (window as Logged).cameraLog ?? []);

test('a hand-in of several QR codes through the trainer’s camera: every part read, the participant counted once', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(90_000);
  // the trainer (this page) sets up the workshop; the participant joins from a photo of its QR code
  await setUpWorkshop(page, { name: WORKSHOP });
  const invitationQr = await readQrImage(page.getByRole('img', { name: /QR-code met de uitnodiging/u }));
  expect(invitationQr).toMatch(/^ZW1:I:\{/u);
  const participant = await participantAnswers(browser, invitationQr as string);
  const codes = await readAllParts(participant.page);
  await participant.close();
  const total = codes.length;

  // the participant holds the phone up to the trainer's laptop: every code for a second, then again from the first
  const y4m = info.outputPath('codes.y4m');
  writeQrSequenceY4m(y4m, codes, FRAMES_PER_CODE);
  const loopSeconds = (total * FRAMES_PER_CODE) / Y4M_FPS;
  const camBrowser = await cameraBrowser(y4m);
  try {
    const tContext = await camBrowser.newContext({
      baseURL: info.project.use.baseURL,
      permissions: ['camera'],
    });
    const trainer = await tContext.newPage();
    await copyWorkshopTo(trainer, page);
    await logCameraStatus(trainer);
    const heading = trainer.getByRole('heading', { name: /^Ingelezen deelnemers: \d+$/u });
    await expect(heading).toHaveText('Ingelezen deelnemers: 0');

    await trainer.getByRole('button', { name: 'QR-codes scannen met de camera' }).click();
    const status = trainer.locator('.zs-qr-reader__status');
    await expect(status).toContainText(`toegevoegd als ${NAME}`, { timeout: 20_000 });
    await expect(heading).toHaveText('Ingelezen deelnemers: 1');
    const rows = trainer.getByRole('region', { name: /^Ingelezen deelnemers/u }).getByRole('row');
    await expect(rows).toHaveCount(2); // the header and one participant
    await expect(trainer.getByRole('rowheader', { name: NAME })).toBeVisible();
    await expect(trainer.getByRole('row', { name: new RegExp(NAME, 'u') })).toContainText('13 van 13');
    await expect(trainer.getByRole('row', { name: new RegExp(NAME, 'u') })).toContainText('QR-code');

    // the screen said, part by part, how far it was, and then who was added
    const read = await cameraLog(trainer);
    const progress = /^(\d+) van (\d+) codes gelezen\. Nog nodig: code ([\d, ]+)\.$/u;
    const seen = read.filter((line) => progress.test(line) || line.includes('toegevoegd als'));
    // one line per code read, each naming the codes still needed, then who was added
    expect(seen.at(-1)).toContain(`toegevoegd als ${NAME}`);
    const steps = seen.slice(0, -1).map((line) => progress.exec(line));
    expect(steps.map((m) => Number(m?.[1]))).toEqual(Array.from({ length: total - 1 }, (_, i) => i + 1));
    for (const m of steps) {
      expect(Number(m?.[2])).toBe(total);
      expect(m?.[3]?.split(', ')).toHaveLength(total - Number(m?.[1]));
    }

    // the video loops: the codes come by again, are recognised, and count nobody twice
    await expect(status).toContainText('Deze code was al gelezen.', { timeout: loopSeconds * 1000 + 10_000 });
    const video = trainer.getByLabel('Camerabeeld');
    const playedAt = () => video.evaluate((v: HTMLVideoElement) => v.currentTime);
    const since = await playedAt();
    await expect
      .poll(playedAt, {
        message: 'the camera saw every code once more',
        timeout: loopSeconds * 1000 + 10_000,
      })
      .toBeGreaterThan(since + loopSeconds + FRAMES_PER_CODE / Y4M_FPS);
    await expect(heading).toHaveText('Ingelezen deelnemers: 1');
    await expect(rows).toHaveCount(2);
    const after = await cameraLog(trainer);
    expect(after.filter((line) => line.includes('toegevoegd als'))).toHaveLength(1);
    expect(after.filter((line) => /dubbel|bijgewerkt|niet van de Zelfscan/u.test(line))).toEqual([]);

    // removed by mistake: the codes still going round read the participant in again, once
    await trainer.getByRole('button', { name: `Verwijderen: ${NAME}` }).click();
    await expect(heading).toHaveText('Ingelezen deelnemers: 0');
    await expect(heading).toHaveText('Ingelezen deelnemers: 1', { timeout: loopSeconds * 1000 + 10_000 });
    await expect(trainer.getByRole('rowheader', { name: NAME })).toBeVisible();
    await expect(rows).toHaveCount(2);
    expect((await cameraLog(trainer)).filter((line) => line.includes('toegevoegd als'))).toHaveLength(2);
    await trainer.getByRole('button', { name: 'Camera stoppen' }).click();
    await expect(trainer.getByRole('button', { name: 'QR-codes scannen met de camera' })).toBeVisible();
    await tContext.close();
  } finally {
    await camBrowser.close();
  }
});
