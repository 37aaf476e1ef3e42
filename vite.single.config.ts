import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentPlugin } from './scripts/vite-content-plugin';

/**
 * The single-file edition (dist-single/index.html) for a USB stick: everything inlined, no service worker, no
 * manifest. The CSP meta tag of the PWA edition is removed because the inlined scripts would violate it.
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

export default defineConfig({
  base: './',
  define: { __SINGLE_FILE__: 'true' },
  publicDir: false,
  plugins: [contentPlugin(), react(), stripPwaTags(), viteSingleFile({ removeViteModuleLoader: true })],
  build: {
    outDir: 'dist-single',
    target: 'es2022',
    assetsInlineLimit: 100_000_000,
    chunkSizeWarningLimit: 100_000,
  },
});
