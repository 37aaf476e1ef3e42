// What the benchmarks share: the median, and building a benchmark page with its own vite config.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The middle value (the upper one of the two middles for an even count). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Builds a benchmark page with its vite config; exits with a FAIL line when the build fails. */
export function buildBenchPage(config) {
  const build = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--config', config, '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) {
    console.error(`FAIL: building the benchmark page (${config}) failed`);
    process.exit(1);
  }
}
