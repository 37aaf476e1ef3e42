import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_MISSING_MESSAGE, findChromium } from './scripts/chromium.mjs';

// We never use Playwright's downloaded browsers (they cannot be fetched here): fail loudly instead.
const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_MISSING_MESSAGE);

// scripts/run-all.mjs sets this to count the tests; a developer running `npm run test:e2e` gets the list only.
const jsonReport = process.env.ZELFSCAN_E2E_JSON;
// E2E_PORT lets two runs (or a running preview) live side by side; CI uses the default.
const port = Number(process.env.E2E_PORT ?? 4173);
process.env.E2E_ORIGIN = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // This machine has 2 cores shared by two workers (and often a build): 5 s is too tight to parse the 2.5 MB
  // single-file edition or render the start page under load.
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  outputDir: port === 4173 ? 'test-results' : `test-results-${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    // The built PWA edition (dist/), served as it would be in production.
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
});
