import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentPlugin } from './scripts/vite-content-plugin';

/**
 * The single-file edition (dist-single/index.html) for a USB stick: everything inlined, no service worker, no
 * manifest. The PWA's CSP meta tag is removed because the inlined script would violate it; singleFileCsp() puts a
 * policy of its own in its place once the file is written.
 */
function stripPwaTags(): Plugin {
  return {
    name: 'strip-pwa-tags',
    transformIndexHtml(html) {
      return html
        .replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/u, '')
        .replace(/<link\s+rel="manifest"[^>]*>\s*/u, '')
        .replace(/<link\s+rel="(?:icon|apple-touch-icon)"[^>]*>\s*/gu, '');
    },
  };
}

/**
 * A strict policy for the single file: the one inlined script is allowed by its SHA-256 hash (no 'unsafe-inline' for
 * scripts, no eval), and nothing may be fetched or connected to, so even hostile text could not send answers away.
 * Styles, fonts and images are inlined (data: URIs); downloads and the QR camera use blob: URLs.
 */
export const SINGLE_FILE_CSP = (scriptHash: string) =>
  [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'media-src blob:',
    "connect-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

function singleFileCsp(): Plugin {
  let outDir = '';
  return {
    name: 'single-file-csp',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const file = resolve(outDir, 'index.html');
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)];
      if (scripts.length !== 1)
        throw new Error(`single-file-csp: expected 1 inline script, found ${scripts.length}`);
      const hash = `sha256-${createHash('sha256')
        .update(scripts[0]?.[1] ?? '')
        .digest('base64')}`;
      const meta = `<meta http-equiv="Content-Security-Policy" content="${SINGLE_FILE_CSP(hash)}">`;
      writeFileSync(
        file,
        html.replace(/<meta charset="UTF-8" \/>/u, (m) => `${m}\n    ${meta}`),
      );
    },
  };
}

export default defineConfig({
  base: './',
  define: { __SINGLE_FILE__: 'true' },
  publicDir: false,
  plugins: [
    contentPlugin(),
    react(),
    stripPwaTags(),
    viteSingleFile({ removeViteModuleLoader: true }),
    singleFileCsp(),
  ],
  build: {
    outDir: 'dist-single',
    target: 'es2022',
    assetsInlineLimit: 100_000_000,
    chunkSizeWarningLimit: 100_000,
  },
});
