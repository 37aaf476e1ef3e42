import { expect, test, type Browser } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
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

test('joining by keyboard in English: the role on the card, then focus on question 1', async ({
  page,
}, info) => {
  // an invitation with one own question, written as the trainer's app writes it
  const invitation = info.outputPath('invitation.json');
  const content = JSON.parse(readFileSync('content/modules/inf.json', 'utf8')) as { items: { id: string }[] };
  writeFileSync(
    invitation,
    JSON.stringify({
      format: 'zelfscan-wijkaanpak/workshop-invitation',
      version: 2,
      contentVersion: JSON.parse(readFileSync('content/meta.json', 'utf8')).contentVersion,
      workshop: {
        id: 'ws-keyboard',
        name: 'Keyboard session',
        date: '2026-12-01',
        anonymous: true,
        items: [content.items[0]?.id, 'eigen.1'],
        own: [{ id: 'eigen.1', kind: 'open', text: 'What should the council know next month?' }],
      },
    }),
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/workshop');
  await page.getByLabel('Open the invitation (file)').setInputFiles(invitation);
  await expect(page.getByText(/Workshop ‘Keyboard session’ on 2026-12-01: 2 questions/u)).toBeVisible();
  // an anonymous workshop asks no name
  await expect(page.getByLabel(/Your name/u)).toHaveCount(0);
  const start = page.getByRole('button', { name: 'Start the questions' });
  await start.focus();
  await page.keyboard.press('Enter');
  // nothing starts without a role: the message, and focus on the roles
  await expect(page.getByRole('alert')).toHaveText('Choose your role to begin.');
  await expect(page.getByRole('radio', { name: /Alderman or executive/u })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Project leader or civil servant/u })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  // straight to question 1, its heading focused
  await expect(page.getByText(/^Question 1 of 2/u)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Question 2 of 2/u)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What should the council know next month?',
  );
  await expect(page.getByText('The trainer’s own question')).toBeVisible();
  await axe(page, 'own open question (en)');
});
