import { itemText } from './journeys';
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { saveDownload } from './downloads';
import { qrPng, readQrImage, writeQrY4m } from './qr-helpers';
import {
  answerScan,
  axe,
  cameraBrowser,
  copyWorkshopTo,
  MODULE,
  nameOf,
  participantByFile,
  pdfText,
  setUpWorkshop,
} from './workshop-helpers';

// Workshop mode end to end on the built app: the trainer sets up a workshop, participants answer in their own browser
// contexts and hand in (files, QR codes through Chromium's fake camera, turns on the trainer's device), the trainer
// reads everything in and checks the group overview, the slides and the downloads. What each participant answers is
// workshop-helpers' PLAN.

const COLLEGE_RAAD = 'Hoe vaak stond de wijkaanpak het afgelopen jaar op de agenda van het hele college?';
const DILEMMA = 'Wie draagt bij ons de wijkaanpak?';
const DILEMMA_RAAD = 'Welke rol geeft u de raad in de wijkaanpak?';

test('five participants hand in files; the trainer imports them with a broken file and a duplicate and reads the group', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(420_000);
  // a page clock the test can move on (the slide timer), instead of waiting
  await page.clock.install();
  await setUpWorkshop(page, { name: 'Wijkaanpak Noord – sessie 1', anonymous: true, axe: 'setup' });
  await expect(page.getByRole('img', { name: /QR-code met de uitnodiging/u })).toBeVisible();
  await axe(page, 'invite');
  const invitation = await saveDownload(
    page,
    'Uitnodiging opslaan als bestand',
    info.outputPath('uitnodiging.json'),
  );
  expect(JSON.parse(readFileSync(invitation, 'utf8'))).toMatchObject({
    format: 'zelfscan-wijkaanpak/workshop-invitation',
    version: 2,
  });

  // five participants, each in a browser context of their own
  const files: string[] = [];
  for (let k = 0; k < 5; k++)
    files.push(await participantByFile(browser, invitation, k, info.outputPath(`deelnemer-${k + 1}.json`)));

  // plus a broken file and a copy of participant 1's file
  const broken = info.outputPath('kapot.json');
  writeFileSync(broken, '{"format": "zelfscan-wijkaanpak/scan", "version": 1, "scan": {');
  const copy = info.outputPath('deelnemer-1-kopie.json');
  writeFileSync(copy, readFileSync(files[0] as string));

  await page.getByRole('button', { name: 'Verder: antwoorden verzamelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antwoorden verzamelen' })).toBeVisible();
  await page.getByLabel('Antwoordbestanden kiezen').setInputFiles([...files, broken, copy]);
  const result = page.getByRole('status').filter({ hasText: 'Resultaat van het inlezen' });
  await expect(result).toContainText('Toegevoegd: 5. Bijgewerkt: 0. Dubbel of ouder: 1. Geweigerd: 1.');
  await expect(result.locator('li[data-outcome="error"]')).toContainText('kapot.json');
  await expect(result.locator('li[data-outcome="duplicate"]')).toContainText('deelnemer-1-kopie.json');
  await expect(page.getByRole('heading', { name: 'Ingelezen deelnemers: 5' })).toBeVisible();
  await axe(page, 'collect');

  // a file of another workshop, dropped on the drop zone: refused, nothing changes
  const other = JSON.parse(readFileSync(files[1] as string, 'utf8')) as {
    scan: { id: string; workshop: { id: string; name: string } };
  };
  other.scan.id = 'iemand-anders';
  other.scan.workshop = { ...other.scan.workshop, id: 'andere-workshop', name: 'Sessie Zuid' };
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'zuid.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(other));
  await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
  await expect(result).toContainText('hoort bij een andere workshop (‘Sessie Zuid’');
  await expect(page.getByRole('heading', { name: 'Ingelezen deelnemers: 5' })).toBeVisible();

  // the group overview
  await page.getByRole('button', { name: 'Naar het groepsoverzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  await page.locator('section[aria-labelledby="ws-items"] summary').filter({ hasText: MODULE }).click();
  const row = page.getByRole('row').filter({ hasText: itemText('ver.college-agenda') });
  await expect(row.getByRole('img')).toHaveAccessibleName(
    /Nooit 2, Zelden 0, Soms 1, Vaak 0, Altijd 2\. Gemiddelde: Gemiddeld antwoord 3,0/u,
  );
  await expect(row).toContainText('50%');
  await expect(row).toContainText('groot (0,45)');
  await expect(page.getByRole('row').filter({ hasText: itemText('ver.ambtelijke-top') })).toContainText(
    'klein (0,00)',
  );
  // the discussion agenda starts with the statement the group disagrees on most, then the dilemma
  const agenda = page.locator('.zs-agenda > li');
  await expect(agenda.first().getByRole('heading')).toHaveText(`Vraag 2. ${COLLEGE_RAAD}`);
  await expect(agenda.nth(1).getByRole('heading')).toHaveText(
    new RegExp(`^Vraag \\d+\\. ${DILEMMA.replace('?', '\\?')}$`, 'u'),
  );
  await expect(agenda).toHaveCount(8);
  // every dilemma position, now and desired
  const dilemmas = page.getByRole('region', { name: 'Posities bij de dilemma’s' });
  await expect(dilemmas.getByRole('img', { name: /^Posities bij ‘Wie draagt/u })).toHaveAccessibleName(
    /Nu: -3: 1, -1: 1, 0: 1, \+2: 1, \+3: 1\. Gewenst: \+1: 2, \+2: 2, \+3: 1\./u,
  );
  // open answers side by side, without names (anonymous)
  await expect(page.locator('.zs-open-grid blockquote')).toHaveCount(5);
  // roles: bestuurder 3, projectleider 2 → both withheld (the smaller one, and the other so it cannot be worked out)
  const roles = page.locator('section[aria-labelledby="ws-roles"]');
  await expect(
    roles.getByRole('columnheader', { name: 'Wethouder of bestuurder (minder dan 3)' }),
  ).toBeVisible();
  await expect(
    roles.getByRole('columnheader', { name: 'Projectleider of ambtenaar (minder dan 3)' }),
  ).toBeVisible();
  for (let k = 0; k < 5; k++) await expect(page.getByText(nameOf(k))).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('overview.png'), fullPage: true });
  await axe(page, 'overview');

  // the group report PDF
  const pdf = await saveDownload(page, 'Groepsrapport (PDF)', info.outputPath('groepsrapport.pdf'));
  const text = pdfText(pdf);
  expect(text).toContain('Groepsrapport workshop');
  expect(text).toContain('Wijkaanpak Noord – sessie 1');
  expect(text).toContain('Gespreksagenda');
  expect(text).toContain('Nooit 2 · Zelden 0 · Soms 1 · Vaak 0 · Altijd 2');
  expect(text).toMatch(/Deelnemers 5/u);
  expect(text).toContain('Open antwoord van deelnemer 3');
  for (let k = 0; k < 5; k++) expect(text).not.toContain(nameOf(k));

  // the CSV of all answers
  const csvFile = await saveDownload(page, /Alle antwoorden \(CSV/u, info.outputPath('antwoorden.csv'));
  const csv = readFileSync(csvFile, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.trimEnd().split('\r\n');
  expect(lines).toHaveLength(6);
  expect(lines[0]).toContain('ver.college-agenda');
  expect(csv).not.toContain('Deelnemer-naam');

  // the group result, for a later comparison: one answer set, no names, no open answers
  const resultFile = await saveDownload(
    page,
    /Groepsresultaat voor een latere vergelijking/u,
    info.outputPath('groepsresultaat.json'),
  );
  const groupResult = JSON.parse(readFileSync(resultFile, 'utf8')) as {
    format: string;
    participants: number;
    answers: Record<string, unknown>;
  };
  expect(groupResult).toMatchObject({ format: 'zelfscan-wijkaanpak/group-result', participants: 5 });
  expect(groupResult.answers['ver.ambtelijke-top']).toEqual({ kind: 'scale', value: 4 });
  expect(groupResult.answers['ver.open-raad']).toBeUndefined();

  // the backup: the whole workshop as a file, opened on another laptop (a fresh browser context)
  const backupFile = await saveDownload(
    page,
    'Reservekopie van de workshop (bestand)',
    info.outputPath('workshop-reservekopie.json'),
  );
  expect(JSON.parse(readFileSync(backupFile, 'utf8'))).toMatchObject({
    format: 'zelfscan-wijkaanpak/workshop',
    version: 2,
  });
  const laptop = await browser.newContext();
  const second = await laptop.newPage();
  await second.goto('/#/workshop');
  await second.getByLabel('Workshop openen uit een bestand').setInputFiles(backupFile);
  await expect(second.getByText(/staat nu op dit apparaat/u)).toContainText(
    'met de antwoorden van 5 deelnemers',
  );
  await second.getByRole('button', { name: 'Openen: Wijkaanpak Noord – sessie 1' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  await expect(second.getByText(/deelnemers: 5/u)).toBeVisible();
  await laptop.close();

  // the card deck
  const cards = await saveDownload(page, 'Kaartenset om te printen (PDF)', info.outputPath('kaarten.pdf'));
  const cardText = pdfText(cards);
  expect(cardText).toContain('Eén wethouder is het gezicht van de aanpak');
  expect(cardText).toContain('Het hele college draagt de aanpak');
  expect(cardText).toContain('STELLING');

  // facilitation: full-screen slides, keys, timer, Escape
  await page.getByRole('button', { name: 'Presentatie starten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentatie van de workshop' });
  await expect(dialog).toBeVisible();
  // a title slide, the map of where to talk, one per dilemma (two in this theme), then the other agenda points;
  // each result stays hidden until revealed: a clicker's next press (ArrowRight, Space) reveals first
  const slides = 11;
  await expect(dialog.getByText(`Dia 1 van ${slides}`)).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Wijkaanpak Noord – sessie 1');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByText(`Dia 2 van ${slides}`)).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Waar praten we over?');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('img', { name: /^Kaart van de vragen/u })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByText(`Dia 3 van ${slides}`)).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(DILEMMA);
  await expect(dialog.getByRole('img')).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('img', { name: /^Posities bij/u })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(dialog.getByText(`Dia 4 van ${slides}`)).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(DILEMMA_RAAD);
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(dialog.getByText(`Dia 5 van ${slides}`)).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(COLLEGE_RAAD);
  await page.getByRole('button', { name: 'Toon resultaat' }).click();
  await expect(dialog.getByText('Waarom zien we dit zo verschillend?', { exact: false })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByText(`Dia 3 van ${slides}`)).toBeVisible();
  // going back keeps a revealed slide revealed
  await expect(dialog.getByRole('img', { name: /^Posities bij/u })).toBeVisible();
  const timer = dialog.getByRole('timer');
  await expect(timer).toContainText(/Tijd bij deze dia: 00:0\d/u);
  // the page's clock, not the test's: a second and a bit pass at once
  await page.clock.fastForward(1200);
  await expect(timer).not.toContainText('Tijd bij deze dia: 00:00 ');
  await page.screenshot({ path: info.outputPath('slide.png') });
  await axe(page, 'slides');
  await page.keyboard.press('End');
  await expect(dialog.getByText(`Dia ${slides} van ${slides}`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();

  // everything survives a reload (saved on the device)
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  await expect(page.getByText(/deelnemers: 5/u)).toBeVisible();
});

test('the QR path: invitation and answers travel by QR code through the fake camera, and from a screenshot', async ({
  page,
}, info) => {
  test.setTimeout(240_000);
  const y4m = info.outputPath('camera.y4m');
  writeQrY4m(y4m, 'ZW1:leeg');
  const camBrowser = await cameraBrowser(y4m);
  try {
    // the trainer (this page) sets up a named workshop and shows the invitation QR code
    await setUpWorkshop(page, { name: 'QR-sessie', axe: 'setup' });
    const invitationQr = await readQrImage(page.getByRole('img', { name: /QR-code met de uitnodiging/u }));
    expect(invitationQr).toMatch(/^ZW1:I:\{/u);

    // the participant's camera sees the trainer's screen
    writeQrY4m(y4m, invitationQr as string);
    const pContext = await camBrowser.newContext({
      baseURL: info.project.use.baseURL,
      permissions: ['camera'],
    });
    const p = await pContext.newPage();
    await p.goto('/#/workshop');
    await p.getByRole('button', { name: 'QR-code van de trainer scannen' }).click();
    await expect(p.getByText(/Workshop ‘QR-sessie’ op 2026-11-23: 13 vragen/u)).toBeVisible({
      timeout: 20_000,
    });
    await answerScan(p, 2);
    await p.getByRole('button', { name: 'Toon QR-code voor de trainer' }).click();
    const answersQr = await readQrImage(
      p.getByRole('img', { name: /QR-code met uw antwoorden, code 1 van 1/u }),
    );
    expect(answersQr).toMatch(/^ZW1:P:[0-9a-f]{8}:1\/1:\{/u);
    await axe(p, 'hand-in');

    // the trainer's laptop camera reads it: the trainer works in the camera browser too
    writeQrY4m(y4m, answersQr as string);
    const tContext = await camBrowser.newContext({
      baseURL: info.project.use.baseURL,
      permissions: ['camera'],
    });
    const trainer = await tContext.newPage();
    await copyWorkshopTo(trainer, page);
    await trainer.getByRole('button', { name: 'QR-codes scannen met de camera' }).click();
    await expect(trainer.getByText(/toegevoegd als Deelnemer-naam C/u).first()).toBeVisible({
      timeout: 20_000,
    });
    await expect(trainer.getByRole('heading', { name: 'Ingelezen deelnemers: 1' })).toBeVisible();
    // the same code again is recognised
    await trainer.getByRole('button', { name: 'Camera stoppen' }).click();

    // on the first trainer page: the code read from a screenshot of the participant's phone
    await page.getByRole('button', { name: 'Verder: antwoorden verzamelen' }).click();
    await page
      .getByLabel('QR-code uit een afbeelding lezen')
      .setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: await qrPng(answersQr as string) });
    await expect(page.getByText(/toegevoegd als Deelnemer-naam C/u).first()).toBeVisible();
    await page
      .getByLabel('QR-code uit een afbeelding lezen')
      .setInputFiles({ name: 'foto2.png', mimeType: 'image/png', buffer: await qrPng(answersQr as string) });
    await expect(page.getByText('Deze code was al gelezen.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ingelezen deelnemers: 1' })).toBeVisible();
    await pContext.close();
    await tContext.close();
  } finally {
    await camBrowser.close();
  }
});

test('taking turns on the trainer’s device: “Volgende deelnemer” hides the previous answers', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await setUpWorkshop(page, { name: 'Om de beurt', axe: 'setup' });
  await page.getByRole('button', { name: 'Eerste deelnemer laten beginnen' }).click();
  await answerScan(page, 0);
  await expect(page.getByText('Dit is het apparaat van de trainer.')).toBeVisible();
  await page.getByRole('button', { name: 'Volgende deelnemer' }).click();
  // a fresh scan: nothing of the previous participant is visible
  await expect(page.getByRole('heading', { level: 1, name: 'Wie bent u?' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Wethouder of bestuurder/u })).not.toBeChecked();
  await expect(page.getByLabel('Uw naam')).toHaveValue('');
  await page.goto('/#/scans');
  await expect(page.getByText(nameOf(0))).toHaveCount(0);
  await page.goto('/#/scan');
  await answerScan(page, 3);
  await page.getByRole('button', { name: 'Inleveren en naar de workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  await expect(page.getByText(/deelnemers: 2/u)).toBeVisible();
  // named workshop: the participants' names are in the dilemma table
  await page.getByText('Tabel: posities per deelnemer').first().click();
  await expect(page.getByRole('rowheader', { name: nameOf(0) })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: nameOf(3) })).toBeVisible();
});
