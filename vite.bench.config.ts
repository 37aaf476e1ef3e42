import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { contentPlugin } from './scripts/vite-content-plugin';

/**
 * Benchmark pages only (dist-bench/), never shipped: bench/pdf.html runs the app's own report code
 * (content, report model, PDF renderer) so tests/bench/pdf-report.bench.mjs can time it in headless Chromium.
 */
export default defineConfig({
  base: './',
  define: { __SINGLE_FILE__: 'false' },
  publicDir: false,
  plugins: [contentPlugin()],
  build: {
    outDir: 'dist-bench',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { pdf: resolve(import.meta.dirname, 'bench/pdf.html') } },
  },
  preview: { host: '127.0.0.1', port: 4179, strictPort: true },
});
