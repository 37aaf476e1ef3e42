import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** From the start page to the first question of a quick scan, in Dutch, in the given role. */
export async function startQuickScan(page: Page, role = /Projectleider of ambtenaar/u): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Begin de scan' }).click();
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /Snelle scan/u }).check();
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
}

/** Puts entries in this origin's localStorage, as an older version of the app (or another site) left them. */
export async function seedLocalStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto('/#/over');
  await page.evaluate((e) => {
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

// The question on screen, found as a user finds it: its heading (the question's text), the group of answer options
// named by it, the options by their role. Which item it is, and its answer type, come from the content files.

interface ContentItem {
  id: string;
  type: string;
}

const contentDir = join(import.meta.dirname, '..', '..', 'content');
let byText: Map<string, ContentItem> | null = null;

function itemsByText(): Map<string, ContentItem> {
  if (byText) return byText;
  byText = new Map();
  const types = new Map<string, string>();
  for (const f of readdirSync(join(contentDir, 'modules'))) {
    const m = JSON.parse(readFileSync(join(contentDir, 'modules', f), 'utf8')) as { items: ContentItem[] };
    for (const i of m.items) types.set(i.id, i.type);
  }
  for (const lang of readdirSync(join(contentDir, 'texts'))) {
    for (const f of readdirSync(join(contentDir, 'texts', lang))) {
      const texts = JSON.parse(readFileSync(join(contentDir, 'texts', lang, f), 'utf8')) as {
        items?: Record<string, { text?: string }>;
      };
      for (const [id, t] of Object.entries(texts.items ?? {}))
        if (t.text) byText.set(t.text, { id, type: types.get(id) ?? '' });
    }
  }
  return byText;
}

/** The Dutch text of an item, as the screens show it. */
export function itemText(id: string): string {
  const f = join(contentDir, 'texts', 'nl', `${id.split('.')[0]}.json`);
  const texts = JSON.parse(readFileSync(f, 'utf8')) as { items: Record<string, { text: string }> };
  const text = texts.items[id]?.text;
  if (!text) throw new Error(`no text for ${id}`);
  return text;
}

/** The answer group of the question on screen (the fieldset named by the question). */
export async function question(page: Page): Promise<Locator> {
  const text = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  return page.getByRole('group', { name: text, exact: true });
}

/** Which item is on screen, and its answer type. */
export async function currentItem(page: Page): Promise<ContentItem> {
  const text = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  const item = itemsByText().get(text);
  if (!item) throw new Error(`no item has the text “${text}”`);
  return item;
}

/** The radio options of the question on screen, in order. */
export async function options(page: Page): Promise<Locator> {
  return (await question(page)).getByRole('radio');
}
