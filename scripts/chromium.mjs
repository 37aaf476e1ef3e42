// Finds the Chromium binary and the launch flags that work on this machine (see /work/shared/TOOLCHAIN.md).
// Shared by the e2e runner, Playwright config, benchmarks, Lighthouse and the icon generator.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags for headless Chromium as root without network access (Playwright adds --headless itself). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_MISSING_MESSAGE =
  'Chromium not found. Install it with `apt-get install -y chromium` ' +
  'or point CHROME_PATH at a Chrome/Chromium binary.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the Chromium to use: $CHROME_PATH, else /usr/bin/chromium, else `chromium` on PATH; undefined when none.
 * A CHROME_PATH that is set but not executable counts as missing, so a typo is not silently replaced.
 */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Like findChromium, but exits the process with the install hint when there is none. */
export function requireChromium(env = process.env) {
  const found = findChromium(env);
  if (!found) {
    const why = env.CHROME_PATH ? ` (CHROME_PATH=${env.CHROME_PATH} is not an executable file)` : '';
    console.error(`FAIL: ${CHROMIUM_MISSING_MESSAGE}${why}`);
    process.exit(1);
  }
  return found;
}
