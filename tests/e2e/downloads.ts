import type { Page } from '@playwright/test';

/** Clicks the download button named `name` and saves the file it downloads at `path`; returns the path. */
export async function saveDownload(page: Page, name: string | RegExp, path: string): Promise<string> {
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  await (await wait).saveAs(path);
  return path;
}
