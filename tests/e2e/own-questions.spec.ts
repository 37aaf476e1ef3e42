import { expect, test, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { saveDownload } from './downloads';
import {
  answerDilemma,
  answerScan,
  axe,
  byType,
  chooseWorkshop,
  joinByFile,
  pdfText,
  saveWorkshop,
} from './workshop-helpers';

// The trainer's own questions from setup to the downloads, and one numbering for everyone: three participants with
// three roles see the same question under the same number, the trainer's two questions last.

const OWN_STATEMENT = 'In onze wijk weten bewoners waar ze met een idee terechtkunnen.';
const OWN_DILEMMA = 'Waar leggen we volgend jaar de nadruk?';
const POLES = ['Zichtbare resultaten', 'Sterke netwerken'];
const ROLES = [/Wethouder of bestuurder/u, /Projectleider of ambtenaar/u, /Trainer of begeleider/u];

/** A participant in a browser context of their own: joins, answers every question, saves the file; returns what
 * each numbered question said and the saved file's path and suggested name. */
async function participant(
  browser: Browser,
  invitation: string,
  k: number,
  out: string,
): Promise<{ questions: string[]; file: string; suggested: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await joinByFile(page, invitation, /Workshop ‘Eigen vragen’ op 2026-12-01: 10 vragen/u);
  // the role is asked on the invitation's card; without it nothing starts
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies uw rol om te beginnen.');
  const questions: string[] = [];
  // the app's questions are known by their content; the trainer's own ones come last
  const appQuestion = byType({ scale: () => k, now: 2, desired: 4, open: `Antwoord ${k + 1}` });
  await answerScan(page, k, {
    role: ROLES[k] as RegExp,
    name: `Deelnemer ${k + 1}`,
    questions: 10,
    answer: async (section, n) => {
      questions.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
      if (n === 9) {
        await expect(page.getByText('Eigen vraag van de trainer')).toBeVisible();
        await section
          .getByRole('radio')
          .nth(k + 1)
          .check();
      } else if (n === 10) {
        await expect(section.getByText(POLES[0] as string).first()).toBeVisible();
        await answerDilemma(section, k, 6 - k);
        await axe(page, 'own dilemma');
      } else await appQuestion(section, n, page);
    },
  });
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Antwoorden opslaan als bestand' }).click();
  const download = await wait;
  await download.saveAs(out);
  await context.close();
  return { questions, file: out, suggested: download.suggestedFilename() };
}

test('two own questions from setup to CSV and group report; question n is the same for every role', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(300_000);
  await chooseWorkshop(page, {
    name: 'Eigen vragen',
    date: '2026-12-01',
    theme: 'Informatiepositie & wijkbeeld',
    questions: 8,
  });

  // an own question left empty is refused, with focus on it
  await page.getByRole('button', { name: 'Eigen vraag toevoegen' }).click();
  await page.getByRole('button', { name: 'Opslaan en uitnodigen' }).click();
  await expect(page.getByLabel('Tekst van vraag 1')).toBeFocused();
  await expect(page.getByText('Typ de vraag, of haal hem weg.')).toBeVisible();
  await page.getByLabel('Tekst van vraag 1').fill(OWN_STATEMENT);

  // a dilemma needs both sides
  await page.getByRole('button', { name: 'Eigen vraag toevoegen' }).click();
  await page
    .getByRole('group', { name: 'Soort vraag 2' })
    .getByRole('radio', { name: /Dilemma/u })
    .check();
  await page.getByLabel('Tekst van vraag 2').fill(OWN_DILEMMA);
  await page.getByLabel('Kant 1 (links)').fill(POLES[0] as string);
  await page.getByRole('button', { name: 'Opslaan en uitnodigen' }).click();
  await expect(page.getByText('Vul bij een dilemma beide kanten in.')).toBeVisible();
  await expect(page.getByLabel('Kant 1 (links)')).toBeFocused();
  await page.getByLabel('Kant 2 (rechts)').fill(POLES[1] as string);
  await expect(page.getByText(/Gekozen: 10 vragen/u)).toBeVisible();
  await axe(page, 'setup with own questions');
  await saveWorkshop(page);
  const invitation = await saveDownload(
    page,
    'Uitnodiging opslaan als bestand',
    info.outputPath('uitnodiging.json'),
  );
  expect(JSON.parse(readFileSync(invitation, 'utf8')).workshop.own).toHaveLength(2);

  const answered = [];
  for (let k = 0; k < 3; k++)
    answered.push(await participant(browser, invitation, k, info.outputPath(`deelnemer-${k + 1}.json`)));
  // one numbering: every role saw the same question under every number, the own ones last
  expect(answered[1]?.questions).toEqual(answered[0]?.questions);
  expect(answered[2]?.questions).toEqual(answered[0]?.questions);
  expect(answered[0]?.questions.slice(8)).toEqual([OWN_STATEMENT, OWN_DILEMMA]);
  // the files are named after the workshop, the participant and the time: a folder of them never overwrites one
  expect(answered.map((a) => a.suggested)).toEqual(
    [1, 2, 3].map((n) =>
      expect.stringMatching(
        new RegExp(`^eigen-vragen-deelnemer-${n}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.json$`, 'u'),
      ),
    ),
  );

  await page.getByRole('button', { name: 'Verder: antwoorden verzamelen' }).click();
  await page.getByLabel('Antwoordbestanden kiezen').setInputFiles(answered.map((a) => a.file));
  await expect(page.getByRole('heading', { name: 'Ingelezen deelnemers: 3' })).toBeVisible();
  await page.getByRole('button', { name: /Naar het groepsoverzicht/u }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  // the own dilemma is in the overview under its number, marked as the trainer's
  await expect(page.getByRole('heading', { name: `Vraag 10. ${OWN_DILEMMA} eigen vraag` })).toBeVisible();

  const csv = readFileSync(
    await saveDownload(page, /Alle antwoorden \(CSV/u, info.outputPath('antwoorden.csv')),
    'utf8',
  );
  expect(csv).toContain(OWN_STATEMENT);
  expect(csv).toContain(OWN_DILEMMA);

  const pdf = await saveDownload(page, 'Groepsrapport (PDF)', info.outputPath('groepsrapport.pdf'));
  const text = pdfText(pdf);
  expect(text).toContain(`9. ${OWN_STATEMENT} (eigen vraag)`);
  expect(text).toContain(`10. ${OWN_DILEMMA} (eigen vraag)`);
  expect(text).toContain('heeft de trainer zelf gesteld');
});
