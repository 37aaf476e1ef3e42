import type { Page } from '@playwright/test';

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
