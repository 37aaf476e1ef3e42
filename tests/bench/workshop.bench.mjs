// Workshop import + aggregation + group overview at 40, 400 and 4,000 participants, in headless Chromium with the
// app's own code: vite.bench-workshop.config.ts builds bench/workshop.html into dist-bench/workshop/, `vite preview`
// serves it, and the page's runWorkshopBench() times, per run: reading and validating the participant files (restore(),
// workshop check, duplicates), aggregating them and rendering the group overview (React, dot plots for every
// question). Prints `workshop-aggregate-<n> median_ms=<ms>` (targets: 40 under 100 ms, 400 under 500 ms, 4,000 under
// 3 s), `workshop-stored-<n> kib=<size>` (the record as the browser stores it), and the 40 for every question of the
// scan. Run alone with `node tests/bench/workshop.bench.mjs` or via `npm run bench`.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';
import { startPreview } from '../../scripts/preview-server.mjs';
import { buildBenchPage, median } from './lib.mjs';

const RUNS = 15;
const PORT = 4181;
const TARGET_MS = 100;
const root = join(import.meta.dirname, '..', '..');
const config = 'vite.bench-workshop.config.ts';

buildBenchPage(config);

const executablePath = requireChromium();
const server = await startPreview({ port: PORT, config, path: '/bench/workshop.html' });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runWorkshopBench === 'function', null, { timeout: 30_000 });
  for (const [which, name, n, runs, target] of [
    ['trainer', 'workshop-aggregate-40', 40, RUNS, TARGET_MS],
    ['all', 'workshop-aggregate-40-all-items', 40, RUNS, null],
    ['trainer', 'workshop-aggregate-400', 400, 7, 500],
    ['trainer', 'workshop-aggregate-4000', 4000, 3, 3000],
  ]) {
    const r = await page.evaluate(([k, w, count]) => window.runWorkshopBench(k, w, count), [runs, which, n]);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (r.participants !== n) throw new Error(`expected ${n} participants, got ${r.participants}`);
    const med = median(r.runsMs);
    console.log(
      `# ${name}: runs_ms=${r.runsMs.map((t) => t.toFixed(1)).join(',')} items=${r.items} plots=${r.svgs}`,
    );
    const part = (i) => median(r.parts.map((p) => p[i])).toFixed(1);
    console.log(`# ${name}: median import_ms=${part(0)} aggregate_ms=${part(1)} render_ms=${part(2)}`);
    console.log(`${name} median_ms=${med.toFixed(1)}`);
    console.log(`${name.replace('aggregate', 'stored')} kib=${(r.storedBytes / 1024).toFixed(0)}`);
    if (target !== null && med > target) console.log(`# note: median above the ${target} ms target`);
  }
} finally {
  await browser.close();
  await server.stop();
  // the page is built for this run only
  rmSync(join(root, 'dist-bench', 'workshop'), { recursive: true, force: true });
}
