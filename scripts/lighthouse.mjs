// `node scripts/lighthouse.mjs`: Lighthouse (mobile, the default) against `vite preview` of dist/, printing the
// performance, accessibility, best-practices and SEO scores. Reports go to .lighthouse/ (git-ignored).
// Not part of `npm test`: the scores vary between runs and need a quiet machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.lighthouse');
const PORT = 4181;

const chrome = requireChromium();
mkdirSync(outDir, { recursive: true });
const server = await startPreview({ port: PORT });
let status;
try {
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'lighthouse'),
    [
      server.url,
      '--quiet',
      '--output=json',
      '--output=html',
      `--output-path=${join(outDir, 'report')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
  );
  status = result.status ?? 1;
} finally {
  await server.stop();
}
if (status !== 0) {
  console.error(`FAIL: lighthouse exited with status ${status}`);
  process.exit(status);
}

const report = JSON.parse(readFileSync(join(outDir, 'report.report.json'), 'utf8'));
for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
  const category = report.categories[id];
  const score = category?.score == null ? 'n/a' : Math.round(category.score * 100);
  console.log(`lighthouse ${id}=${score}`);
  // Name what cost points, so a score below 100 says where to look.
  for (const ref of category?.auditRefs ?? []) {
    const audit = report.audits[ref.id];
    if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
      console.log(`  ${ref.id}: ${Math.round(audit.score * 100)} ${audit.displayValue ?? ''}`.trimEnd());
    }
  }
}
if (report.runWarnings?.length) console.log(`warnings: ${report.runWarnings.join(' | ')}`);
console.log('Full report: .lighthouse/report.report.html');
