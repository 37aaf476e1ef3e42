import { defineConfig } from 'vite';
import { benchConfig } from './scripts/vite-bench-config';

/**
 * Benchmark pages only (dist-bench/), never shipped: bench/pdf.html runs the app's own report code
 * (content, report model, PDF renderer) so tests/bench/pdf-report.bench.mjs can time it in headless Chromium.
 */
export default defineConfig(benchConfig({ page: 'pdf', outDir: 'dist-bench', port: 4179 }));
