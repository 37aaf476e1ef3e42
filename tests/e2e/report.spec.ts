import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentItem } from './journeys';
import { expect, test, type Page } from '@playwright/test';

// From answers to documents: the advice that the answers trigger is in the PDF and the Word file, in the tier the
// answer calls for; advice that was not triggered is not. Two scans that differ only in one answer's level get
// different advice under the same priority.

const root = join(import.meta.dirname, '..', '..');
type RoleText = string | Record<string, string>;
type TierText = { title: RoleText; step: RoleText };
type Texts = { items: Record<string, { text: string; advice?: Record<string, TierText> }> };
const texts = (lang: string): Texts =>
  JSON.parse(readFileSync(join(root, 'content', 'texts', lang, 'ver.json'), 'utf8')) as Texts;
const forBestuurder = (t: RoleText | undefined) =>
  (typeof t === 'string' ? t : (t?.bestuurder ?? '')).replace(/[*_`]/gu, '');
/** Compare text across line breaks and hyphenation: collapse whitespace, keep the first words. */
const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();
const head = (s: string, words = 7) => norm(s).split(' ').slice(0, words).join(' ');

const L = {
  nl: {
    begin: 'Begin de scan',
    role: /Wethouder of bestuurder/u,
    next: 'Volgende',
    modules: /Zelf thema’s kiezen/u,
    ver: /Bestuurlijke verankering/u,
    start: 'Begin met de vragen',
    toCheck: 'Naar de controle',
    toReflection: 'Verder naar de reflectie',
    finish: 'Afronden',
    toReport: 'Bekijk mijn rapport',
    pdf: 'Download als PDF',
    docx: 'Download als Word-bestand',
    scale: ['Helemaal niet', 'Grotendeels niet', 'Deels', 'Grotendeels wel', 'Helemaal wel'],
    freq: ['Nooit', 'Zelden', 'Soms', 'Vaak', 'Altijd'],
    left3: /^Helemaal naar:/u,
    right1: /^Iets naar:/u,
    answer: 'Uw antwoord',
    flag: 'hobby',
    toc: 'Inhoud',
    page: /Pagina 2 van \d+/u,
    glance: 'In één oogopslag',
    themes: 'Bijlage: antwoorden per thema',
    appendices: /Met bijlagen/u,
  },
  en: {
    begin: 'Start the scan',
    role: /Alderman or executive/u,
    next: 'Next',
    modules: /Choose themes myself/u,
    ver: /embedding|anchor/iu,
    start: 'Start the questions',
    toCheck: 'To the check',
    toReflection: 'On to the reflection',
    finish: 'Finish',
    toReport: 'View my report',
    pdf: 'Download as PDF',
    docx: 'Download as Word file',
    scale: ['Not at all', 'Mostly not', 'Partly', 'Mostly', 'Completely'],
    freq: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
    left3: /^Fully towards:/u,
    right1: /^Slightly towards:/u,
    answer: 'Your answer',
    flag: 'hobby',
    toc: 'Contents',
    page: /Page 2 of \d+/u,
    glance: 'At a glance',
    themes: 'Appendix: answers per theme',
    appendices: /With appendices/u,
  },
} as const;

/** Answers the ver module: ver.college-agenda at `level` (0 = the weakest option), everything else strongly. */
async function answerVerModule(page: Page, lang: 'nl' | 'en', level = 0): Promise<void> {
  const t = L[lang];
  await page.goto('/');
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: t.begin }).click();
  await page.getByRole('radio', { name: t.role }).check();
  await page.getByRole('button', { name: t.next }).click();
  await page.getByRole('radio', { name: t.modules }).check();
  await page.getByRole('checkbox', { name: t.ver }).first().check();
  await page.getByRole('button', { name: t.start }).click();
  for (let n = 0; n < 20; n++) {
    const { id, type } = await currentItem(page);
    if (type === 'dilemma') {
      await page.getByRole('radio', { name: t.left3 }).first().check();
      await page.getByRole('radio', { name: t.right1 }).nth(1).check();
    } else if (type === 'open') {
      await page
        .getByLabel(t.answer)
        .fill('De raad stelt de kaders; wij laten bewoners zelf vertellen wat er verandert.');
    } else {
      const options = type === 'frequency' ? t.freq : t.scale;
      await page
        .getByRole('radio', { name: id === 'ver.college-agenda' ? options[level] : options[4], exact: true })
        .check();
    }
    const next = page.getByRole('button', { name: t.toCheck });
    if (await next.isVisible()) {
      await next.click();
      break;
    }
    await page.getByRole('button', { name: t.next }).click();
  }
  await page.getByRole('button', { name: t.toReflection }).click();
  await page.getByRole('button', { name: t.finish }).click();
  await page.getByRole('button', { name: t.toReport }).click();
}

async function download(page: Page, name: string): Promise<string> {
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const d = await wait;
  return (await d.path()) as string;
}

const variants = [
  { lang: 'nl', level: 0, tier: 'start', other: 'deepen' },
  { lang: 'nl', level: 2, tier: 'deepen', other: 'start' },
  { lang: 'en', level: 0, tier: 'start', other: 'deepen' },
  { lang: 'en', level: 2, tier: 'deepen', other: 'start' },
] as const;

for (const { lang, level, tier, other } of variants) {
  test(`the PDF and the Word file carry the ${tier} advice of the answer and not the rest (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const t = L[lang];
    const tx = texts(lang).items;
    await answerVerModule(page, lang, level);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // the first heading after the title is the summary
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(t.glance);
    const advice = tx['ver.college-agenda']?.advice;
    const title = head(forBestuurder(advice?.[tier]?.title), 6);
    const step = head(forBestuurder(advice?.[tier]?.step));
    const otherTitle = head(forBestuurder(advice?.[other]?.title), 6);
    const notTriggered = head(forBestuurder(tx['ver.bondgenoten']?.advice?.start?.step));
    expect(title).not.toBe(otherTitle);
    // on screen
    await expect(page.getByText(title, { exact: false }).first()).toBeVisible();

    const pdfPath = await download(page, t.pdf);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const pdfText = norm(
      execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-']).toString('utf8'),
    ).replace(/-\s/gu, '-');
    const pdfFlat = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).toString('utf8'));
    const inPdf = (x: string) => pdfFlat.includes(x) || pdfText.includes(x);
    expect(pdfFlat).toMatch(t.page);
    expect(pdfFlat).toContain(head(tx['ver.college-agenda']?.text ?? '', 5));
    expect(inPdf(title)).toBe(true);
    expect(inPdf(step)).toBe(true);
    expect(inPdf(otherTitle)).toBe(false);
    expect(pdfFlat).not.toContain(notTriggered);
    // the short report has no contents page and leaves the answers per theme to the appendices
    expect(pdfFlat).not.toContain(t.toc);
    expect(pdfFlat).not.toContain(t.themes);

    const docxPath = await download(page, t.docx);
    writeFileSync(`${docxPath}.docx`, readFileSync(docxPath));
    const xml = execFileSync('unzip', ['-p', `${docxPath}.docx`, 'word/document.xml']).toString('utf8');
    const docText = norm(
      xml
        .replace(/<w:tab\/>/gu, ' ')
        .replace(/<\/w:p>/gu, ' ')
        .replace(/<[^>]+>/gu, '')
        .replace(/&amp;/gu, '&')
        .replace(/&apos;|&#39;/gu, "'"),
    );
    expect(docText).toContain(title);
    expect(docText).toContain(step);
    expect(docText).not.toContain(otherTitle);
    expect(docText).not.toContain(notTriggered);
    expect(xml).toContain('w:val="Heading1"');

    // "met bijlagen": chosen once, the appendices are in the next PDF, with a contents page and the answers per theme
    await page.getByRole('checkbox', { name: t.appendices }).check();
    const withAppendices = norm(
      execFileSync('pdftotext', ['-enc', 'UTF-8', await download(page, t.pdf), '-']).toString('utf8'),
    );
    expect(withAppendices).toContain(t.toc);
    expect(withAppendices).toContain(t.themes);
  });
}
