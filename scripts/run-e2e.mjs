// `npm run test:e2e`: end-to-end tests against the built app in Debian's Chromium (never a downloaded browser).
// Extra arguments go to `playwright test`, e.g. `npm run test:e2e -- -g offline`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from './chromium.mjs';

const root = join(import.meta.dirname, '..');
const chromium = requireChromium();
console.log(`Chromium: ${chromium}`);

const missing = ['dist/index.html', 'dist-single/index.html'].filter((f) => !existsSync(join(root, f)));
if (missing.length) {
  console.log(`${missing.join(' and ')} missing: running npm run build`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('FAIL: npm run build failed, so the end-to-end tests cannot run.');
    process.exit(build.status || 1);
  }
}

const result = spawnSync(
  join(root, 'node_modules', '.bin', 'playwright'),
  ['test', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chromium },
  },
);
if (result.error) {
  console.error(`FAIL: could not start playwright: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
