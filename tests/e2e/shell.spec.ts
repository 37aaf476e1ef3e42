import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The app shell, tested as a user meets it: the built PWA edition (dist/) through `vite preview` on
// http://127.0.0.1:4173 (see playwright.config.ts), and the single-file edition (dist-single/) from file://.

const root = join(import.meta.dirname, '..', '..');
const ORIGIN = process.env.E2E_ORIGIN ?? 'http://127.0.0.1:4173';
const TITLE_NL = 'Zelfscan Wijkaanpak';
const TITLE_EN = 'Neighbourhood Approach Self-Scan';

const h1 = (page: Page, name?: string) => page.getByRole('heading', { level: 1, ...(name ? { name } : {}) });

async function openStart(page: Page, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  await page.goto('/');
  await expect(h1(page, TITLE_NL)).toBeVisible();
  if (lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(h1(page, TITLE_EN)).toBeVisible();
  }
}

/** The attributes of every `<tag ...>` in an HTML string (enough for Vite's generated index.html). */
function tags(html: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const [, attrText = ''] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'giu'))) {
    const attrs: Record<string, string> = {};
    for (const m of attrText.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu)) {
      attrs[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
    }
    found.push(attrs);
  }
  return found;
}

test.describe('start page and language', () => {
  test('renders in Dutch, switches to English, and remembers the choice after a reload', async ({ page }) => {
    await page.goto('/');
    await expect(h1(page, TITLE_NL)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(h1(page, TITLE_EN)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(h1(page, TITLE_EN)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const width of [1280, 360]) {
      test(`start page has no violations in ${lang} at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
        await openStart(page, lang);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const summary = violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
        }));
        expect(summary).toEqual([]);
      });
    }
  }
});

test('works offline once the service worker controls the page', async ({ page, context }) => {
  await openStart(page);
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), {
      message: 'the service worker never took control of the page (registered? clientsClaim on?)',
      timeout: 20_000,
    })
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(h1(page, TITLE_NL)).toBeVisible();
});

test('the single-file edition works from file:// without any request or service worker', async ({
  page,
  context,
}) => {
  const file = join(root, 'dist-single', 'index.html');
  expect(existsSync(file), 'dist-single/index.html exists (npm run build)').toBe(true);
  const fileUrl = pathToFileURL(file).href;

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // Count registration attempts: from file:// a registration would fail, but the app should not even try.
  await context.addInitScript(() => {
    const w = window as unknown as { __swRegisterCalls: number; __cspViolations: string[] };
    w.__swRegisterCalls = 0;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    if (sw) {
      const register = sw.register.bind(sw);
      sw.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
        w.__swRegisterCalls += 1;
        return register(...args);
      };
    }
  });

  await page.goto(fileUrl);
  await expect(h1(page, TITLE_NL)).toBeVisible();
  // Give code that runs after the load event (where apps usually register a service worker) a moment.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));

  const foreign = requests.filter((u) => u !== fileUrl && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign, 'requests other than the file itself').toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __swRegisterCalls: number }).__swRegisterCalls),
  ).toBe(0);
  expect(context.serviceWorkers()).toEqual([]);

  // its own strict policy: the inlined script allowed by hash only, nothing may be fetched, and nothing was refused
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/u);
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/u);
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
});

test('no request leaves the origin on the start, about and privacy pages', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));

  await openStart(page);
  await page.waitForLoadState('networkidle');

  await page.getByRole('link', { name: 'Over deze scan' }).first().click();
  await expect(h1(page)).toBeVisible();
  await expect(h1(page)).not.toHaveText(TITLE_NL);
  await page.waitForLoadState('networkidle');

  await page.getByRole('link', { name: 'Privacy en uw gegevens' }).first().click();
  await expect(h1(page)).toBeVisible();
  await expect(h1(page)).not.toHaveText(TITLE_NL);
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(0);
  // data: and blob: URLs never leave the device.
  const foreign = requests.filter(
    (u) => !u.startsWith(`${ORIGIN}/`) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
});

test.describe('PWA build hardening', () => {
  const html = () => readFileSync(join(root, 'dist', 'index.html'), 'utf8');

  test('has a CSP meta tag whose script-src allows neither eval nor inline scripts', async ({ page }) => {
    const csp = tags(html(), 'meta').find(
      (m) => m['http-equiv']?.toLowerCase() === 'content-security-policy',
    );
    expect(csp, 'a <meta http-equiv="Content-Security-Policy"> in dist/index.html').toBeDefined();
    const directives = new Map(
      (csp!.content ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/u))
        .filter(([name]) => name)
        .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
    );
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
    expect(scriptSrc, 'script-src (or default-src) in the CSP').toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");

    // The app itself must not trip the policy, not even in a caught probe: Chromium reports every violation
    // (DevTools issues, Lighthouse best practices), and a blocked script means a broken feature.
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    const consoleViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/iu.test(m.text())) consoleViolations.push(m.text());
    });
    await openStart(page);
    await page.waitForLoadState('networkidle');
    const reported = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect([...reported, ...consoleViolations]).toEqual([]);
  });

  test('dist/index.html has no inline script with content', () => {
    const inline = [...html().matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu)]
      .filter(([, , body = '']) => body.trim() !== '')
      .map(([whole]) => whole.slice(0, 120));
    expect(inline).toEqual([]);
  });

  test('the manifest is Dutch and has 192, 512 and maskable icons', () => {
    const manifestPath = join(root, 'dist', 'manifest.webmanifest');
    expect(existsSync(manifestPath), 'dist/manifest.webmanifest exists').toBe(true);
    expect(tags(html(), 'link').some((l) => l.rel === 'manifest')).toBe(true);

    type Icon = { src: string; sizes?: string; type?: string; purpose?: string };
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      lang?: string;
      name?: string;
      description?: string;
      icons?: Icon[];
    };
    expect(manifest.lang).toBe('nl');
    expect(manifest.name).toBe(TITLE_NL);
    expect(manifest.description ?? '').toMatch(/\b(uw|de|het|een)\b/u);

    const icons = manifest.icons ?? [];
    const purposes = (i: Icon) => (i.purpose ?? 'any').split(/\s+/u);
    const find = (size: string, purpose: string) =>
      icons.find((i) => i.sizes?.split(/\s+/u).includes(size) && purposes(i).includes(purpose));
    const wanted = [find('192x192', 'any'), find('512x512', 'any'), find('512x512', 'maskable')];
    expect(wanted.map((i) => i?.src)).toEqual([expect.any(String), expect.any(String), expect.any(String)]);

    // Each icon exists and is a PNG of the stated size.
    for (const icon of wanted as Icon[]) {
      const file = join(dirname(manifestPath), icon.src);
      expect(existsSync(file), `${icon.src} exists in dist/`).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1'), `${icon.src} is a PNG`).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, `${icon.src} size`).toBe(icon.sizes);
    }
  });
});

test('keyboard: the first Tab reaches the skip link, Enter moves focus into the main landmark', async ({
  page,
}) => {
  await openStart(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('main, [role="main"]'))), {
      message: 'focus is inside the main landmark after following the skip link',
    })
    .toBe(true);
  await expect(h1(page, TITLE_NL)).toBeVisible();
});

test('when the app’s code cannot load, the page says so in both languages instead of staying blank', async ({
  page,
}) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(
    page.getByText('Ziet u dit langer dan een paar seconden? Laad de pagina dan opnieuw.'),
  ).toBeVisible();
  await expect(page.getByText('If you see this for more than a few seconds, reload the page.')).toBeVisible();
  await page.unroute('**/assets/*.js');
  await page.reload();
  await expect(h1(page, TITLE_NL)).toBeVisible();
  await expect(page.getByText('Laad de pagina dan opnieuw', { exact: false })).toHaveCount(0);
});
