// `node scripts/make-icons.mjs`: renders the PNG icons in public/icons from public/icons/icon.svg with headless
// Chromium, and copies the SVG to public/favicon.svg. Run it after changing icon.svg and commit the PNGs.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const publicDir = join(import.meta.dirname, '..', 'public');
const source = join(publicDir, 'icons', 'icon.svg');

// scale: the share of the square the round icon takes. Maskable icons keep everything inside the central circle
// of 80 % diameter (the safe zone), on a full-bleed background; iOS shows transparency as black, so opaque.
const icons = [
  { file: 'icon-192.png', size: 192, scale: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, scale: 1, background: 'transparent' },
  { file: 'maskable-512.png', size: 512, scale: 0.76, background: '#ffffff' },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.88, background: '#ffffff' },
];

const svg = readFileSync(source);
const dataUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  for (const { file, size, scale, background } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const side = Math.round(size * scale);
    const offset = Math.round((size - side) / 2);
    await page.setContent(
      `<body style="margin:0;background:${background}">` +
        `<img src="${dataUrl}" alt="" style="position:absolute;left:${offset}px;top:${offset}px;` +
        `width:${side}px;height:${side}px"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({
      path: join(publicDir, 'icons', file),
      omitBackground: background === 'transparent',
    });
    await page.close();
    console.log(`public/icons/${file} ${size}x${size}`);
  }
} finally {
  await browser.close();
}
copyFileSync(source, join(publicDir, 'favicon.svg'));
console.log('public/favicon.svg (copy of public/icons/icon.svg)');
