// `npm run bench`: runs every tests/bench/*.bench.mjs one after the other and passes their output through.
// A benchmark prints one line per measurement: `<name> median_ms=<n>` (or another `key=value` metric).
// Arguments filter by file name, e.g. `npm run bench -- start-page`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'tests', 'bench');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error(
    `No benchmarks found in tests/bench${filters.length ? ` matching ${filters.join(', ')}` : ''}.`,
  );
  process.exit(1);
}

const failed = [];
for (const file of files) {
  console.log(`# ${file}`);
  const result = spawnSync(process.execPath, [join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`FAIL: ${failed.join(', ')}`);
  process.exit(1);
}
