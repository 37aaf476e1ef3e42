// Time to render the full report PDF (bestuurder, every module answered with the fixed sample answers of
// tests/fixtures/sample-scan.ts) in headless Chromium with the app's own code: vite.bench.config.ts builds
// bench/pdf.html into dist-bench/, `vite preview` serves it, and the page's runPdfBench() (tests/bench/pdf-page.ts)
// times one cold run (includes importing the renderer, jsPDF and the fonts) and warm runs of renderPdf(model). The
// model is built apart, as on the report screen, and its time is printed as a comment. Target: median under 60 ms.
// Run alone with `node tests/bench/pdf-report.bench.mjs`, or with the others via `npm run bench`.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';
import { startPreview } from '../../scripts/preview-server.mjs';
import { buildBenchPage, median } from './lib.mjs';

const WARM_RUNS = 21;
const PORT = 4179;
const TARGET_MS = 60;
const CONFIG = 'vite.bench.config.ts';

buildBenchPage(CONFIG);

const executablePath = requireChromium();
const server = await startPreview({ port: PORT, config: CONFIG, path: '/bench/pdf.html' });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runPdfBench === 'function', null, { timeout: 30_000 });
  const result = await page.evaluate((n) => window.runPdfBench(n), WARM_RUNS);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  const med = median(result.warmMs);
  console.log(`# warm_runs_ms=${result.warmMs.map((t) => t.toFixed(1)).join(',')} bytes=${result.bytes}`);
  // timings swing a lot when other work runs on this 2-core machine: the load average says how much did
  console.log(
    `# min_ms=${Math.min(...result.warmMs).toFixed(1)} loadavg=${loadavg()
      .map((l) => l.toFixed(1))
      .join(',')}`,
  );
  console.log(
    `# report model (built before, for the screen) median_ms=${median(result.modelMs.slice(1)).toFixed(1)}`,
  );
  console.log(`pdf-full-report median_ms=${med.toFixed(1)} pages=${result.pages}`);
  console.log(`pdf-full-report-cold ms=${result.coldMs.toFixed(1)}`);
  if (med > TARGET_MS) console.log(`# note: median above the ${TARGET_MS} ms target`);
} finally {
  await browser.close();
  await server.stop();
}
