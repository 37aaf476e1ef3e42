import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/vite-content-plugin';

/**
 * The workshop benchmark page only (dist-bench/workshop/), never shipped: bench/workshop.html runs the app's own
 * import, aggregation and group-overview code so tests/bench/workshop.bench.mjs can time it in headless Chromium.
 */
export default defineConfig({
  base: './',
  define: { __SINGLE_FILE__: 'false' },
  publicDir: false,
  plugins: [contentPlugin(), react()],
  build: {
    outDir: 'dist-bench/workshop',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { workshop: resolve(import.meta.dirname, 'bench/workshop.html') } },
  },
  preview: { host: '127.0.0.1', port: 4181, strictPort: true },
});
