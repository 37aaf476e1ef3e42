import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { itemText } from './journeys';
import { saveDownload } from './downloads';
import { axe, byType, participantByFile, pdfPictures, pdfText, setUpWorkshop } from './workshop-helpers';

// People without a device: the trainer prints numbered paper answer sheets, two participants hand in files, three
// fill in paper sheets that the trainer types in by keyboard only; all five count in the overview and the CSV.

const NAME = 'Wijkaanpak Zuid – papier';
/** The module's 13 questions in the workshop's order: ten to tick, two dilemmas, one open question. */
const QUESTIONS = 13;
const SHOTS = '/tmp/shots';

/** Digital participant k (0 or 1) in a browser context of their own: answers everything, saves the file at `out`. */
function digital(browser: Browser, invitation: string, k: number, out: string): Promise<string> {
  return participantByFile(browser, invitation, k, out, {
    role: k === 0 ? /Wethouder of bestuurder/u : /Projectleider/u,
    name: `Digitaal ${k + 1}`,
    questions: QUESTIONS,
    answer: byType({ scale: (n) => (n + k) % 5, now: k + 2, desired: 5, open: `Digitaal antwoord ${k + 1}` }),
  });
}

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
  await setUpWorkshop(page, { name: NAME });

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
  const sheetText = pdfText(sheetPdf, { layout: true });
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
  pdfPictures(sheetPdf, `${SHOTS}/sheet-e2e`, 1, 3, 70);

  const invitation = await saveDownload(
    page,
    'Uitnodiging opslaan als bestand',
    info.outputPath('uitnodiging.json'),
  );
  const files = [
    await digital(browser, invitation, 0, info.outputPath('digitaal-1.json')),
    await digital(browser, invitation, 1, info.outputPath('digitaal-2.json')),
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

  await axe(page, 'paper sheets typed in');
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
