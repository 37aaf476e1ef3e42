// The workshop end-to-end tests' shared steps, as a trainer and the participants take them on the built app: set up
// a workshop, answer as participant k, a participant handing in a file from a browser context of their own, the
// workshop copied to a second trainer device, an accessibility scan, and the text and pictures of a downloaded PDF.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { chromium, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { saveDownload } from './downloads';
import { currentItem, question } from './journeys';
import { storedEntries } from './stored';

/** The theme the workshop tests ask about: 13 questions (ten to tick, two dilemmas, one open question). */
export const MODULE = 'Bestuurlijke verankering';
/** The date the workshop tests set up their workshops on. */
export const DATE = '2026-11-23';

/** An accessibility scan of the page (WCAG 2.1 A and AA): no violations, each reported with `what` was scanned. */
export async function axe(page: Page, what: string): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    r.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** A Chromium of its own whose fake camera films the Y4M video `y4m` (see qr-helpers), the camera allowed unasked. */
export async function cameraBrowser(y4m: string): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  return chromium.launch({
    executablePath,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${y4m}`,
    ],
  });
}

/** A downloaded PDF's text (pdftotext), white space folded; `layout` keeps the page's reading order by position. */
export function pdfText(file: string, { layout = false } = {}): string {
  const args = ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

/** A downloaded PDF's text page by page, as pdftotext writes it. */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
}

/** Pictures (PNG, `prefix`-n.png) of pages `first` to `last` of a PDF, to look at. */
export function pdfPictures(file: string, prefix: string, first: number, last = first, dpi = 60): void {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(first),
    '-l',
    String(last),
    file,
    prefix,
  ]);
}

export interface WorkshopChoice {
  name: string;
  anonymous?: boolean;
  date?: string;
  /** The theme whose questions all go in, and how many that are. */
  theme?: string;
  questions?: number;
}

/** The trainer starts a new workshop and puts in one theme's questions; stays on the setup screen. */
export async function chooseWorkshop(
  page: Page,
  { name, anonymous = false, date = DATE, theme = MODULE, questions = 13 }: WorkshopChoice,
): Promise<void> {
  await page.goto('/#/workshop');
  await page.getByRole('button', { name: 'Nieuwe workshop klaarzetten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop klaarzetten' })).toBeFocused();
  await page.getByLabel('Naam van de workshop').fill(name);
  await page.getByLabel('Datum').fill(date);
  const anon = page.getByRole('checkbox', { name: 'Anoniem' });
  if ((await anon.isChecked()) !== anonymous) await anon.click();
  await page.getByRole('button', { name: 'Niets', exact: true }).click();
  await page.getByText(theme, { exact: false }).first().click(); // opens the theme's details
  await page.getByRole('checkbox', { name: 'Alle vragen van dit thema' }).first().check();
  await expect(page.getByText(new RegExp(`Gekozen: ${questions} vragen`, 'u'))).toBeVisible();
}

/** The trainer saves the workshop set up; returns on the invitation screen. */
export async function saveWorkshop(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Opslaan en uitnodigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deelnemers uitnodigen' })).toBeVisible();
}

/**
 * The trainer sets up a workshop over one theme (named, unless `anonymous`); returns on the invitation screen.
 * `axe` names an accessibility scan of the setup screen before it is saved.
 */
export async function setUpWorkshop(page: Page, choice: WorkshopChoice & { axe?: string }): Promise<void> {
  await chooseWorkshop(page, choice);
  if (choice.axe) await axe(page, choice.axe);
  await saveWorkshop(page);
}

/** Answers question `n` of the scan on screen; `section` is its group of answer options. */
export type AnswerStep = (section: Locator, n: number, page: Page) => Promise<void>;

/** The options to choose, counted from 0 (left to right), by the question's type. */
export interface Choices {
  /** On a statement or frequency question: question `n` of the scan, item `id`. */
  scale: (n: number, id: string) => number;
  /** On a dilemma: where we are now, where we want to go (0 to 6, -3 to +3). */
  now: number;
  desired: number;
  /** The text of an open answer. */
  open: string;
}

/** Puts a dilemma's two positions (counted from 0, left to right). */
export async function answerDilemma(section: Locator, now: number, desired: number): Promise<void> {
  await section.getByRole('group', { name: 'Waar staan we nu?' }).getByRole('radio').nth(now).check();
  await section
    .getByRole('group', { name: 'Waar willen we naartoe?' })
    .getByRole('radio')
    .nth(desired)
    .check();
}

/** Answers the app's questions (known by their text in the content files) with `choices`, by type. */
export function byType(choices: Choices): AnswerStep {
  return async (section, n, page) => {
    const { id, type } = await currentItem(page);
    if (type === 'dilemma') await answerDilemma(section, choices.now, choices.desired);
    else if (type === 'open') await section.getByLabel('Uw antwoord').fill(choices.open);
    else await section.getByRole('radio').nth(choices.scale(n, id)).check();
  };
}

/**
 * The sample group's answers, which workshop.spec.ts reads back: a fixed spread on the college-agenda question,
 * agreement on the next, the dilemma positions below (-3 to +3), the rest varied.
 */
export const PLAN = {
  'ver.college-agenda': [1, 1, 5, 5, 3],
  'ver.ambtelijke-top': [4, 4, 4, 4, 4],
  now: [-3, -1, 0, 2, 3],
  desired: [1, 1, 2, 2, 3],
};
/** Participant k's role and name in the sample group. */
export const roleOf = (k: number) => (k < 3 ? /Wethouder of bestuurder/u : /Projectleider of ambtenaar/u);
export const nameOf = (k: number) => `Deelnemer-naam ${'ABCDE'[k]}`;

/** How participant k of the sample group answers: PLAN. */
export function planned(k: number): AnswerStep {
  return byType({
    scale: (n, id) =>
      (PLAN[id as 'ver.college-agenda' | 'ver.ambtelijke-top']?.[k] ?? ((n - 1 + k) % 5) + 1) - 1,
    now: (PLAN.now[k] ?? 0) + 3,
    desired: (PLAN.desired[k] ?? 0) + 3,
    open: `Open antwoord van deelnemer ${k + 1}: de raad vaker meenemen.`,
  });
}

export interface Answering {
  role: RegExp;
  name: string;
  /** How many questions the workshop asks. */
  questions: number;
  answer: AnswerStep;
}

/**
 * Answers as participant k (by default the sample group's, see PLAN): the role and name on the invitation's card (or,
 * taking turns on the trainer's device, on the role step), then straight into question 1 and on to the end, where
 * the participant hands in.
 */
export async function answerScan(page: Page, k: number, how: Partial<Answering> = {}): Promise<void> {
  const { role, name, questions, answer } = {
    role: roleOf(k),
    name: nameOf(k),
    questions: 13,
    answer: planned(k),
    ...how,
  };
  await page.getByRole('radio', { name: role }).check();
  // an anonymous workshop asks no name
  const nameField = page.getByLabel('Uw naam');
  if (await nameField.count()) await nameField.fill(name);
  const begin = page.getByRole('button', { name: 'Begin met de vragen' });
  await ((await begin.isVisible()) ? begin : page.getByRole('button', { name: 'Volgende' })).click();
  for (let n = 1; n <= questions; n++) {
    await expect(page.getByText(new RegExp(`^Vraag ${n} van ${questions}`, 'u'))).toBeVisible();
    await answer(await question(page), n, page);
    await page.getByRole('button', { name: n === questions ? 'Naar de controle' : 'Volgende' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Controle' })).toBeVisible();
  await page.getByRole('button', { name: 'Verder naar de reflectie' }).click();
  await page.getByRole('button', { name: 'Afronden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Klaar' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Inleveren bij de trainer' })).toBeVisible();
}

/** A participant opens the invitation file and sees what it asks (`found`). */
export async function joinByFile(
  page: Page,
  invitation: string,
  found = new RegExp(`Workshop ‘.+’ op ${DATE}: 13 vragen`, 'u'),
): Promise<void> {
  await page.goto('/#/workshop');
  await page.getByLabel('Uitnodiging openen (bestand)').setInputFiles(invitation);
  await expect(page.getByText(found)).toBeVisible();
}

/**
 * Participant k in a fresh browser context: opens the invitation file, answers (see answerScan), saves the answers
 * file at `out`; returns `out`.
 */
export async function participantByFile(
  browser: Browser,
  invitation: string,
  k: number,
  out: string,
  how: Partial<Answering> = {},
): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await joinByFile(page, invitation);
  await answerScan(page, k, how);
  await saveDownload(page, 'Antwoorden opslaan als bestand', out);
  await context.close();
  return out;
}

/**
 * A second trainer device with the same workshop, on its collect screen: the trainer's record moves as a file is
 * not a feature, so the test copies the workshop from the first trainer page's storage.
 */
export async function copyWorkshopTo(trainer: Page, source: Page): Promise<void> {
  // what the app keeps is read from IndexedDB; put in localStorage, it moves there on the next start
  const entries = Object.fromEntries(
    Object.entries(await storedEntries(source)).filter(([k]) => k.startsWith('zelfscan:workshop')),
  );
  await trainer.goto('/#/');
  await trainer.evaluate((e) => {
    for (const [k, v] of Object.entries(e)) if (v !== null) localStorage.setItem(k, v);
  }, entries);
  await trainer.goto('/#/workshop');
  await trainer.reload();
  await expect(trainer.getByRole('heading', { level: 1, name: 'Deelnemers uitnodigen' })).toBeVisible();
  await trainer.getByRole('button', { name: 'Verder: antwoorden verzamelen' }).click();
  await expect(trainer.getByRole('heading', { level: 1, name: 'Antwoorden verzamelen' })).toBeVisible();
}
