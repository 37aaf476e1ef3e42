import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { currentItem, itemText, question } from './journeys';
import { saveDownload } from './downloads';

// People without a device: the trainer prints numbered paper answer sheets, two participants hand in files, three
// fill in paper sheets that the trainer types in by keyboard only; all five count in the overview and the CSV.

const NAME = 'Wijkaanpak Zuid – papier';
const MODULE = 'Bestuurlijke verankering';
/** The module's 13 questions in the workshop's order: ten to tick, two dilemmas, one open question. */
const QUESTIONS = 13;
const SHOTS = '/tmp/shots';

/** The trainer sets up a named workshop over one module; returns on the invitation screen. */
async function setUpWorkshop(page: Page): Promise<void> {
  await page.goto('/#/workshop');
  await page.getByRole('button', { name: 'Nieuwe workshop klaarzetten' }).click();
  await page.getByLabel('Naam van de workshop').fill(NAME);
  await page.getByLabel('Datum').fill('2026-11-23');
  const anon = page.getByRole('checkbox', { name: 'Anoniem' });
  if (await anon.isChecked()) await anon.click();
  await page.getByRole('button', { name: 'Niets', exact: true }).click();
  await page.getByText(MODULE, { exact: false }).first().click();
  await page.getByRole('checkbox', { name: 'Alle vragen van dit thema' }).first().check();
  await expect(page.getByText(/Gekozen: 13 vragen/u)).toBeVisible();
  await page.getByRole('button', { name: 'Opslaan en uitnodigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deelnemers uitnodigen' })).toBeVisible();
}

/** A participant in a fresh browser context: opens the invitation file, answers everything, saves the file. */
async function participantByFile(
  browser: Browser,
  invitation: string,
  k: number,
  out: string,
): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/#/workshop');
  await page.getByLabel('Uitnodiging openen (bestand)').setInputFiles(invitation);
  await expect(page.getByText(/Workshop ‘.+’ op 2026-11-23: 13 vragen/u)).toBeVisible();
  const role = k === 0 ? /Wethouder of bestuurder/u : /Projectleider/u;
  const name = `Digitaal ${k + 1}`;
  const begin = page.getByRole('button', { name: 'Begin met de vragen' });
  const roles = page.getByRole('group', { name: 'Wat is uw rol?' });
  if (await roles.isVisible()) {
    // the join screen asks the role and the name itself
    await roles.getByRole('radio', { name: role }).check();
    await page.getByLabel(/^Uw naam/u).fill(name);
    await begin.click();
  } else {
    await begin.click();
    await page.getByRole('radio', { name: role }).check();
    await page.getByLabel(/^Uw naam/u).fill(name);
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.waitForURL(/#\/scan/u);
  const first = page.getByText(new RegExp(`^Vraag 1 van ${QUESTIONS}`, 'u'));
  await expect(first.or(begin)).toBeVisible();
  if (await begin.isVisible()) await begin.click();
  for (let n = 1; n <= QUESTIONS; n++) {
    await expect(page.getByText(new RegExp(`^Vraag ${n} van ${QUESTIONS}`, 'u'))).toBeVisible();
    const { type } = await currentItem(page);
    const section = await question(page);
    if (type === 'dilemma') {
      await section
        .getByRole('group', { name: 'Waar staan we nu?' })
        .getByRole('radio')
        .nth(k + 2)
        .check();
      await section.getByRole('group', { name: 'Waar willen we naartoe?' }).getByRole('radio').nth(5).check();
    } else if (type === 'open') {
      await section.getByLabel('Uw antwoord').fill(`Digitaal antwoord ${k + 1}`);
    } else {
      await section
        .getByRole('radio')
        .nth((n + k) % 5)
        .check();
    }
    await page.getByRole('button', { name: n === QUESTIONS ? 'Naar de controle' : 'Volgende' }).click();
  }
  await page.getByRole('button', { name: 'Verder naar de reflectie' }).click();
  await page.getByRole('button', { name: 'Afronden' }).click();
  await saveDownload(page, 'Antwoorden opslaan als bestand', out);
  await context.close();
  return out;
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/gu,
    ' ',
  );

/**
 * Three sheets as the trainer types them: role, name (Tab after it), ten ticked boxes, two dilemmas (now, desired),
 * the open answer, Enter. Keys are typed one by one, as a person would.
 */
const SHEETS = [
  ['b', 'Papier Een', '\t', '1234512345', '-2', '3', '0', '-1', 'Kort antwoord op papier', '\n'],
  ['p', 'Papier Twee', '\t', '5432154321', '1', '2', 'w', '\n'],
  ['t', '\t', '3w3x3w3x33', '0', '0', '3', '-3', 'Derde', '\n'],
];

async function typeSheet(page: Page, parts: readonly string[]): Promise<number> {
  let keys = 0;
  for (const part of parts) {
    if (part === '\t') await page.keyboard.press('Tab');
    else if (part === '\n') await page.keyboard.press('Enter');
    else await page.keyboard.type(part);
    keys += part === '\t' || part === '\n' ? 1 : part.length;
  }
  return keys;
}

test('paper answer sheets: printed, typed in by keyboard, counted with the digital participants', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  await setUpWorkshop(page);

  // the invitation says what a participant needs, and offers the paper sheet
  await expect(page.getByRole('heading', { name: 'Wat heeft een deelnemer nodig?' })).toBeVisible();
  await expect(page.getByText(/app één keer is geopend met internet/u)).toBeVisible();
  await expect(page.getByText(/app als één bestand/u)).toBeVisible();
  await expect(page.getByText(/antwoordformulier op papier/u)).toBeVisible();
  await page
    .getByRole('region', { name: 'Antwoordformulier op papier' })
    .screenshot({ path: `${SHOTS}/paper-invite-1280.png` });
  await page.getByLabel('Aantal formulieren').fill('3');
  const sheetPdf = await saveDownload(
    page,
    'Antwoordformulier op papier (PDF)',
    info.outputPath('formulier.pdf'),
  );
  const sheetText = pdfText(sheetPdf);
  expect(sheetText).toContain(NAME);
  // every question with its workshop number (in the layout's reading order: number, then text)
  const ids = [
    'ver.anker',
    'ver.college-agenda',
    'ver.raad-opbrengst',
    'ver.een-wethouder',
    'ver.ambtelijke-top',
  ];
  for (const [i, id] of ids.entries())
    expect(sheetText).toContain(`${i + 1}. ${itemText(id).split(' ').slice(0, 3).join(' ')}`);
  for (let n = 1; n <= QUESTIONS; n++) expect(sheetText).toMatch(new RegExp(`(^| )${n}\\. \\p{Lu}`, 'u'));
  for (let s = 1; s <= 3; s++) expect(sheetText).toContain(`Formulier nr. ${s} · bladzijde 1 van`);
  expect(sheetText).toContain(`10. ${itemText('ver.sociale-agenda').split(' ').slice(0, 3).join(' ')}`);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', sheetPdf, `${SHOTS}/sheet-e2e`]);

  const invitation = await saveDownload(
    page,
    'Uitnodiging opslaan als bestand',
    info.outputPath('uitnodiging.json'),
  );
  const files = [
    await participantByFile(browser, invitation, 0, info.outputPath('digitaal-1.json')),
    await participantByFile(browser, invitation, 1, info.outputPath('digitaal-2.json')),
  ];

  await page.getByRole('button', { name: 'Verder: antwoorden verzamelen' }).click();
  await page.getByLabel('Antwoordbestanden kiezen').setInputFiles(files);
  await expect(page.getByRole('heading', { name: 'Ingelezen deelnemers: 2' })).toBeVisible();

  // the paper sheets, by keyboard only: the section opens with Enter, the cursor lands on sheet 1's role
  await page.getByRole('button', { name: 'Formulieren invoeren' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Formulier 1, rol', exact: true })).toBeFocused();
  await typeSheet(page, SHEETS[0] ?? []);
  await expect(page.getByRole('textbox', { name: 'Formulier 2, rol', exact: true })).toBeFocused();
  const started = Date.now();
  const keys = await typeSheet(page, SHEETS[1] ?? []);
  const ms = Date.now() - started;
  console.log(`paper sheet 2 (${QUESTIONS} questions): ${keys} keystrokes typed in ${ms} ms`);
  await typeSheet(page, SHEETS[2] ?? []);

  const grid = page.getByRole('table', { name: 'Antwoorden van de papieren formulieren' });
  await expect(grid.getByRole('row').filter({ hasText: 'Compleet · nog niet toegevoegd' })).toHaveCount(2);
  // sheet 2 left its open question empty
  await expect(grid.getByText('1 vraag leeg · nog niet toegevoegd')).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: 'Formulier 3, vraag 12, gewenst', exact: true }),
  ).toHaveValue('−3');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('textbox', { name: 'Formulier 3, vraag 4', exact: true }).focus();
  await page.locator('.zs-paper').screenshot({ path: `${SHOTS}/paper-grid-1280.png` });

  await page.getByRole('button', { name: 'Formulieren toevoegen aan de workshop' }).click();
  const result = page.locator('.zs-paper__result');
  await expect(result).toContainText('Toegevoegd: 3. Bijgewerkt: 0. Niet toegevoegd: 0.');
  await expect(grid.getByText('Compleet · toegevoegd')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Ingelezen deelnemers: 5' })).toBeVisible();
  const list = page.getByRole('table').filter({ hasText: 'Beantwoord' });
  await expect(list.getByRole('cell', { name: /^papier, formulier \d$/u })).toHaveCount(3);
  await expect(list.getByRole('cell', { name: 'bestand', exact: true })).toHaveCount(2);

  // sheet 3 typed again with a correction: it updates the same participant, nobody is added
  await page.getByRole('textbox', { name: 'Formulier 3, vraag 1', exact: true }).focus();
  await page.keyboard.type('5');
  await expect(grid.getByText('Compleet · gewijzigd, nog niet bijgewerkt')).toBeVisible();
  await page.getByRole('button', { name: 'Formulieren toevoegen aan de workshop' }).click();
  await expect(result).toContainText('Toegevoegd: 0. Bijgewerkt: 1. Niet toegevoegd: 0.');
  await expect(page.getByRole('heading', { name: 'Ingelezen deelnemers: 5' })).toBeVisible();

  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByRole('textbox', { name: 'Formulier 2, vraag 2', exact: true }).focus();
  await page.locator('.zs-paper').screenshot({ path: `${SHOTS}/paper-grid-360.png` });
  await page.setViewportSize({ width: 1280, height: 900 });

  // the overview: five participants, three of them marked as paper
  await page.getByRole('button', { name: 'Naar het groepsoverzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  await expect(page.getByText(/deelnemers: 5/u)).toBeVisible();
  await expect(page.getByText('Op papier ingevoerd: 3 van de 5 deelnemers.')).toBeVisible();
  const dilemmas = page.getByRole('region', { name: 'Posities bij de dilemma’s' });
  await dilemmas.getByText('Tabel: posities per deelnemer').first().click();
  const positions = dilemmas.getByRole('table').first();
  await expect(positions.getByRole('rowheader', { name: /\(papier\)$/u })).toHaveCount(3);
  await expect(positions.getByRole('rowheader', { name: 'Papier Een (papier)' })).toBeVisible();
  await expect(positions.getByRole('rowheader', { name: 'Digitaal 1' })).toBeVisible();
  await expect(page.getByText('— Papier Een (papier)')).toBeVisible();

  // the CSV: a source column, paper among the sources, every question column numbered
  const csvFile = await saveDownload(page, /Alle antwoorden \(CSV/u, info.outputPath('antwoorden.csv'));
  const lines = readFileSync(csvFile, 'utf8')
    .replace(/^\uFEFF/u, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(6);
  const head = (lines[0] ?? '').split(';');
  expect(head.slice(0, 3)).toEqual(['Deelnemer', 'Rol', 'Via']);
  expect(head[3]).toBe(`1. ${itemText('ver.anker')} [ver.anker]`);
  // (quoted: the text has a comma)
  expect(head.filter((h) => /^"?13\. /u.test(h))).toHaveLength(1);
  const via = lines.slice(1).map((l) => l.split(';')[2]);
  expect(via.sort()).toEqual(['bestand', 'bestand', 'papier', 'papier', 'papier']);
  expect(lines.find((l) => l.startsWith('Papier Een;'))).toContain(';papier;1;2;3;4;5;1;2;3;4;5;-2;3;0;-1;');
});
