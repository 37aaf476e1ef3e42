import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './scripts/vite-content-plugin';

/** The installable PWA edition, written to dist/. */
export default defineConfig({
  base: './',
  define: { __SINGLE_FILE__: 'false' },
  plugins: [
    contentPlugin(),
    react(),
    VitePWA({
      injectRegister: null,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'robots.txt', 'icons/*.png'],
      manifest: {
        name: 'Zelfscan Wijkaanpak',
        short_name: 'Zelfscan',
        description:
          'Een zelfscan over de wijkaanpak en de gemeente als netwerkpartner, met advies op maat. Uw antwoorden blijven op dit apparaat.',
        lang: 'nl',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,ttf,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        clientsClaim: true,
        skipWaiting: false,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      // The Utrecht React packages are plain components; without this hint the whole library (listbox, combobox,
      // table, …) lands in the start page's first load. We import their CSS ourselves.
      treeshake: {
        moduleSideEffects: (id: string) => !/@utrecht[\\/][a-z-]+-react[\\/]/u.test(id),
        manualPureFunctions: ['forwardRef', 'createContext'],
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
