import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/vite-content-plugin';

export default defineConfig({
  plugins: [contentPlugin(), react()],
  define: { __SINGLE_FILE__: 'false' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
