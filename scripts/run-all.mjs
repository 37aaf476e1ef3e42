// `npm test`: every gate in order, streaming each one's output, then a summary and a last line `N passed, N failed`.
// Tests are counted one by one where the tool reports them (vitest and Playwright JSON reports); every other gate
// counts as one test. A failure does not stop the run, so the summary is complete; the exit code is non-zero if
// anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'zelfscan-test-'));
const unitJson = join(tmp, 'vitest.json');
const e2eJson = join(tmp, 'playwright.json');

/** Runs a command with inherited stdio; returns its exit status (1 when it could not start). */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(`Could not start ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Turns a tool's own counts into passed/failed, adding one failure when the tool failed without a failed test. */
function counted(status, passed, failed, what) {
  if (status !== 0 && failed === 0) {
    return {
      passed,
      failed: 1,
      note: `${what} exited with status ${status} without a failed test (see output above)`,
    };
  }
  if (status === 0 && failed > 0) return { passed, failed, note: `${what} exited 0 but reported failures` };
  return { passed, failed };
}

const npm =
  (script, ...args) =>
  () => {
    const status = run('npm', ['run', script, ...(args.length ? ['--', ...args] : [])]);
    return { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
  };

const gates = [
  { name: 'typecheck', command: 'npm run typecheck', run: npm('typecheck') },
  { name: 'lint', command: 'npm run lint', run: npm('lint') },
  { name: 'format:check', command: 'npm run format:check', run: npm('format:check') },
  { name: 'content:check', command: 'npm run content:check', run: npm('content:check') },
  { name: 'spell', command: 'npm run spell', run: npm('spell') },
  {
    name: 'test:unit',
    command: 'npm run test:unit',
    run: () => {
      rmSync(unitJson, { force: true });
      // JSON first, so the counts are written even if the console reporter fails; the polyfill keeps vitest 5's
      // reporter working on Node 20 (see scripts/node20-polyfills.mjs).
      const polyfill = `--import=${pathToFileURL(join(root, 'scripts', 'node20-polyfills.mjs')).href}`;
      const status = run(
        'npm',
        ['run', 'test:unit', '--', '--reporter=json', `--outputFile.json=${unitJson}`, '--reporter=default'],
        { NODE_OPTIONS: [process.env.NODE_OPTIONS, polyfill].filter(Boolean).join(' ') },
      );
      const report = readJson(unitJson);
      if (!report) return counted(status, 0, 0, 'vitest (no JSON report)');
      return counted(status, report.numPassedTests ?? 0, report.numFailedTests ?? 0, 'vitest');
    },
  },
  { name: 'build', command: 'npm run build', run: npm('build') },
  {
    name: 'bundle budget',
    command: 'node scripts/bundle-budget.mjs',
    needsBuild: true,
    run: () => {
      const status = run(process.execPath, [join(root, 'scripts', 'bundle-budget.mjs')]);
      return { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
    },
  },
  {
    name: 'test:e2e',
    command: 'npm run test:e2e',
    needsBuild: true,
    run: () => {
      rmSync(e2eJson, { force: true });
      const status = run('npm', ['run', 'test:e2e'], { ZELFSCAN_E2E_JSON: e2eJson });
      const stats = readJson(e2eJson)?.stats;
      if (!stats) return counted(status, 0, 0, 'playwright (no JSON report)');
      // Flaky tests passed on a retry; skipped tests count as neither.
      return counted(status, (stats.expected ?? 0) + (stats.flaky ?? 0), stats.unexpected ?? 0, 'playwright');
    },
  },
];

const results = [];
let buildOk = true;
for (const gate of gates) {
  console.log(`\n━━━ ${gate.name}: ${gate.command} ━━━`);
  const started = Date.now();
  let result;
  if (gate.needsBuild && !buildOk) {
    // A stale dist/ would test old code, so these gates do not run after a failed build.
    result = { passed: 0, failed: 1, note: 'not run: the build failed' };
    console.log(result.note);
  } else {
    result = gate.run();
  }
  if (gate.name === 'build') buildOk = result.failed === 0 && existsSync(join(root, 'dist', 'index.html'));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ ...gate, ...result, seconds });
  const mark = result.failed ? '✘ FAIL' : '✔ PASS';
  console.log(`${mark} ${gate.name}: ${result.passed} passed, ${result.failed} failed (${seconds} s)`);
  if (result.note) console.log(`  ${result.note}`);
}
rmSync(tmp, { recursive: true, force: true });

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\n━━━ summary ━━━');
for (const r of results) {
  const mark = r.failed ? '✘' : '✔';
  console.log(
    `${mark} ${r.name.padEnd(14)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed`,
  );
  if (r.note) console.log(`  ${r.note}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
