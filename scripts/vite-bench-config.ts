import { resolve } from 'node:path';
import type { PluginOption, UserConfig } from 'vite';
import { contentPlugin } from './vite-content-plugin';

/**
 * A benchmark build, never shipped: one page of bench/ with the app's own code, built into `outDir` and served by
 * `vite preview` on a fixed port, so a script under tests/bench/ can time it in headless Chromium.
 */
export function benchConfig({
  page,
  outDir,
  port,
  plugins = [],
}: {
  page: string;
  outDir: string;
  port: number;
  plugins?: PluginOption[];
}): UserConfig {
  return {
    base: './',
    define: { __SINGLE_FILE__: 'false' },
    publicDir: false,
    plugins: [contentPlugin(), ...plugins],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { [page]: resolve(import.meta.dirname, '..', 'bench', `${page}.html`) } },
    },
    preview: { host: '127.0.0.1', port, strictPort: true },
  };
}
