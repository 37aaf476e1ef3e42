import AxeBuilder from '@axe-core/playwright';
import { currentItem, startQuickScan } from './journeys';
import { clearStored, storedAnswers } from './stored';
import { expect, test, type Page } from '@playwright/test';

// A user's walk through the self-scan on the built app: keyboard only, with reloads, in Dutch and English.

const T = {
  nl: {
    begin: /^Begin de scan$/u,
    role: /Wethouder of bestuurder/u,
    next: /^Volgende$/u,
    toCheck: /^Naar de controle$/u,
    quick: /Snelle scan/u,
    startQuestions: /^Begin met de vragen$/u,
    check: /^Controle$/u,
    toReflection: /^Verder naar de reflectie$/u,
    finish: /^Afronden$/u,
    done: /^Klaar$/u,
    toReport: /^Bekijk mijn rapport$/u,
    reportTitle: /Persoonlijke spiegel wijkaanpak/u,
    question: /^Vraag (\d+) van (\d+)/u,
    theme: /Bestuurlijke verankering/u,
  },
  en: {
    begin: /^Start the scan$/u,
    role: /Alderman or executive/u,
    next: /^Next$/u,
    toCheck: /^To the check$/u,
    quick: /Quick scan/u,
    startQuestions: /^Start the questions$/u,
    check: /^Check$/u,
    toReflection: /^On to the reflection$/u,
    finish: /^Finish$/u,
    done: /^Done$/u,
    toReport: /^View my report$/u,
    reportTitle: /Personal mirror: neighbourhood approach/u,
    question: /^Question (\d+) of (\d+)/u,
    theme: /Administrative embedding|embedding/iu,
  },
} as const;

/** The accessible-ish name of the focused element: aria-label, else its label, else its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    const label = el.closest('label');
    if (label) return label.textContent?.trim() ?? '';
    return el.textContent?.trim() ?? '';
  });
}

/** Presses Tab until the focused element's name matches; fails after 60 presses. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Could not reach ${name} with Tab`);
}

/** Tabs to a control and presses a key on it: Enter for a button, Space to choose a radio button or a checkbox. */
async function tabAndPress(page: Page, name: RegExp, key: 'Enter' | 'Space'): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press(key);
}

/** Tabs to the first control inside the current question's fieldset. */
async function tabIntoQuestion(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() =>
      // the question's answer group is the fieldset named by the question
      Boolean(document.activeElement?.closest('fieldset[aria-labelledby]')),
    );
    if (inside) return;
  }
  throw new Error('Could not reach the question with Tab');
}

/** Answers the current question with the keyboard only; returns a description of the answer for checking later. */
async function answerByKeyboard(page: Page, n: number): Promise<{ id: string; type: string }> {
  const { id, type } = await currentItem(page);
  await tabIntoQuestion(page);
  if (type === 'open') {
    await page.keyboard.type(`Antwoord ${n}: we bespreken dit met de partners in de wijk.`);
  } else if (type === 'dilemma') {
    await page.keyboard.press('Space');
    for (let i = 0; i < n % 7; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < (n + 3) % 7; i++) await page.keyboard.press('ArrowRight');
  } else {
    await page.keyboard.press('Space');
    for (let i = 0; i < n % 5; i++) await page.keyboard.press('ArrowDown');
  }
  return { id, type };
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    r.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const lang of ['nl', 'en'] as const) {
  test(`a wethouder completes a quick scan with the keyboard only, reloading along the way (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const t = T[lang];
    await page.goto('/');
    if (lang === 'en') {
      await tabAndPress(page, /^English$/u, 'Enter');
    }
    await tabAndPress(page, t.begin, 'Enter');

    // role
    await tabAndPress(page, t.role, 'Space');
    await tabAndPress(page, t.next, 'Enter');
    // scope
    await tabAndPress(page, t.quick, 'Space');
    await tabAndPress(page, t.startQuestions, 'Enter');

    const progress = page.getByText(t.question);
    await expect(progress).toBeVisible();
    const total = Number((await progress.textContent())?.match(t.question)?.[2]);
    expect(total).toBeGreaterThanOrEqual(35);
    expect(total).toBeLessThanOrEqual(45);

    const answered: { id: string; type: string }[] = [];
    for (let n = 1; n <= total; n++) {
      await expect(page.getByText(t.question)).toHaveText(
        new RegExp(`^${lang === 'nl' ? 'Vraag' : 'Question'} ${n} `, 'u'),
      );
      answered.push(await answerByKeyboard(page, n));
      if (n % 6 === 0) {
        // a reload keeps the position and every answer so far
        await page.reload();
        await expect(page.getByText(t.question)).toHaveText(
          new RegExp(`^${lang === 'nl' ? 'Vraag' : 'Question'} ${n} `, 'u'),
        );
        const saved = await storedAnswers(page);
        for (const a of answered) expect(saved, `answer to ${a.id} survives the reload`).toContain(a.id);
      }
      await tabAndPress(page, n === total ? t.toCheck : t.next, 'Enter');
    }

    await expect(page.getByRole('heading', { level: 1, name: t.check })).toBeVisible();
    await tabAndPress(page, t.toReflection, 'Enter');
    await tabAndPress(page, t.theme, 'Space');
    await tabAndPress(page, t.finish, 'Enter');
    await expect(page.getByRole('heading', { level: 1, name: t.done })).toBeVisible();
    await tabAndPress(page, t.toReport, 'Enter');
    await expect(page.getByRole('heading', { level: 1, name: t.reportTitle })).toBeVisible();
    // the report shows the profile and at least one recommendation with its source
    await expect(page.getByRole('img', { name: /Profiel per thema|Profile per theme/u })).toBeVisible();
    await expect(page.locator('.zs-sources-block').first()).toBeVisible();
  });
}

test('axe finds no WCAG 2.1 AA violation on any screen type, and nothing overflows at 360 px', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const checkWidth = async (what: string) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${what} fits the width`).toBeLessThanOrEqual(0);
  };
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await clearStored(page);
    await page.goto('/#/');
    await expectNoAxeViolations(page, `start ${width}`);
    await page.getByRole('button', { name: 'Begin de scan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wie bent u?' })).toBeVisible();
    await expectNoAxeViolations(page, `role ${width}`);
    await checkWidth('role');
    await page.getByRole('radio', { name: /Projectleider of ambtenaar/u }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expectNoAxeViolations(page, `scope ${width}`);
    await page.getByRole('radio', { name: /Volledige scan/u }).check();
    await page.getByRole('button', { name: 'Begin met de vragen' }).click();
    const seen = new Set<string>();
    for (let i = 0; i < 120 && seen.size < 5; i++) {
      const { type } = await currentItem(page);
      if (!seen.has(type)) {
        seen.add(type);
        await expectNoAxeViolations(page, `question ${type} ${width}`);
        await checkWidth(`question ${type}`);
      }
      await page.getByRole('button', { name: /^(Volgende|Naar de controle)$/u }).click();
      if (await page.getByRole('heading', { level: 1, name: 'Controle' }).isVisible()) break;
    }
    expect([...seen].sort()).toEqual(['dilemma', 'frequency', 'instrument', 'likert', 'open']);
    if (!(await page.getByRole('heading', { level: 1, name: 'Controle' }).isVisible())) {
      await page.getByRole('button', { name: 'Overzicht van alle vragen' }).click();
      await expectNoAxeViolations(page, `overview ${width}`);
      await page.getByRole('button', { name: 'Naar de controle' }).click();
    }
    await expectNoAxeViolations(page, `check ${width}`);
    await page.getByRole('button', { name: 'Verder naar de reflectie' }).click();
    await expectNoAxeViolations(page, `reflection ${width}`);
    await page.getByRole('button', { name: 'Afronden' }).click();
    await expectNoAxeViolations(page, `done ${width}`);
    await page.getByRole('button', { name: 'Bekijk mijn rapport' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Raadsinformatiebrief/u })).toBeVisible();
    await expectNoAxeViolations(page, `report ${width}`);
    await checkWidth('report');
    await page.goto('/#/scans');
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn scans' })).toBeVisible();
    await expectNoAxeViolations(page, `scans ${width}`);
  }
});

test('at 200 % zoom the question screen still works without horizontal scrolling', async ({ page }) => {
  // 200 % zoom of a 1280 px window is a 640 px CSS viewport; that is what reflow has to handle
  await page.setViewportSize({ width: 640, height: 400 });
  await startQuickScan(page, /Trainer of begeleider/u);
  for (let i = 0; i < 8; i++) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
});

test('an answers file moves a scan to another device; a bad file changes nothing', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Begin de scan' }).click();
  await page.getByRole('radio', { name: /Projectleider of ambtenaar/u }).check();
  await page.getByLabel('Naam van deze scan').fill('Scan Noord');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /Snelle scan/u }).check();
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await page.getByRole('radio', { name: 'Grotendeels wel' }).first().check();
  await page.goto('/#/scans');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Antwoorden opslaan als bestand' }).click();
  const file = await (await download).path();
  expect((await download).suggestedFilename()).toMatch(
    /^zelfscan-projectleider-\d{4}-\d{2}-\d{2}-\d{4}\.json$/u,
  );

  // another device: a fresh browser context
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto('/#/scans');
  await p2.getByLabel('Antwoordenbestand openen').setInputFiles({
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"niet": "van ons"}'),
  });
  await expect(p2.getByText('Dit is geen antwoordenbestand van de Zelfscan Wijkaanpak.')).toBeVisible();
  await expect(p2.getByText('Er staan nog geen scans op dit apparaat.')).toBeVisible();
  await p2.getByLabel('Antwoordenbestand openen').setInputFiles(file);
  await expect(p2.getByRole('heading', { level: 2, name: 'Scan Noord' })).toBeVisible();
  await p2.getByRole('button', { name: 'Open ‘Scan Noord’' }).click();
  await expect(p2.getByText(/^Vraag 1 van/u)).toBeVisible();
  await expect(p2.getByRole('radio', { name: 'Grotendeels wel' }).first()).toBeChecked();
  await other.close();
});
