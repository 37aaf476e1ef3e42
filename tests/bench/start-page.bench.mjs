// Start-page load time of the built PWA edition: `vite preview` of dist/, 11 cold loads in headless Chromium
// (a fresh browser context each, so no HTTP or service-worker cache), median of Navigation Timing loadEventEnd.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';
import { startPreview } from '../../scripts/preview-server.mjs';
import { median } from './lib.mjs';

const RUNS = 11;
const PORT = 4180; // not 4173, so a running `npm run preview` or e2e server does not clash

const executablePath = requireChromium();
const server = await startPreview({ port: PORT });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    // loadEventEnd is set after the load handlers have run, which can be just after Playwright's 'load'.
    await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
    times.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
    await context.close();
  }
  console.log(`# runs_ms=${times.map((t) => t.toFixed(1)).join(',')}`);
  console.log(`start-page-load median_ms=${median(times).toFixed(1)}`);
} finally {
  await browser.close();
  await server.stop();
}
