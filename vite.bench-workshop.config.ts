import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { benchConfig } from './scripts/vite-bench-config';

/**
 * The workshop benchmark page only (dist-bench/workshop/), never shipped: bench/workshop.html runs the app's own
 * import, aggregation and group-overview code so tests/bench/workshop.bench.mjs can time it in headless Chromium.
 */
export default defineConfig(
  benchConfig({ page: 'workshop', outDir: 'dist-bench/workshop', port: 4181, plugins: [react()] }),
);
