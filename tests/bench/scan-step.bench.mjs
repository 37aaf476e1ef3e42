// Main-thread work of one scan step in the built app: choosing an answer and moving to the next question (the
// machine transition, saving to storage and React's render all run synchronously inside the two clicks). Measured
// with performance.now() around the clicks in the page, over 41 steps of a quick scan; median and p90 in ms.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';
import { startPreview } from '../../scripts/preview-server.mjs';

const PORT = 4183;
const executablePath = requireChromium();
const server = await startPreview({ port: PORT });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const pct = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Begin de scan' }).click();
  await page.getByRole('radio', { name: /Projectleider of ambtenaar/u }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /Snelle scan/u }).check();
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await page.locator('section[data-item-type]').waitFor();
  const times = await page.evaluate(async () => {
    const out = [];
    for (let n = 0; n < 41; n++) {
      const radios = [...document.querySelectorAll('section[data-item-type] input[type=radio]')];
      const next = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Volgende');
      if (!next) break;
      const t0 = performance.now();
      if (radios.length) radios[n % Math.min(5, radios.length)].click();
      next.click();
      out.push(performance.now() - t0);
      // let the browser paint and idle between steps, as a person would
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    return out;
  });
  console.log(`# steps=${times.length} runs_ms=${times.map((t) => t.toFixed(1)).join(',')}`);
  console.log(`scan-step median_ms=${pct(times, 0.5).toFixed(1)} p90_ms=${pct(times, 0.9).toFixed(1)}`);
} finally {
  await browser.close();
  await server.stop();
}
