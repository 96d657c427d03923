/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import pkg from './package.json' with { type: 'json' };

// `vite build --mode next` makes a second build of the same version, marked
// as such: the e2e update test serves it as "the new version".
// `vite build --mode bench` adds the benchmark's own pages (bench/) next to
// the app, for `npm run bench` only: the build users get never has them.
const benchPages = {
  main: fileURLToPath(new URL('./index.html', import.meta.url)),
  bench: fileURLToPath(new URL('./bench/bench.html', import.meta.url)),
  blank: fileURLToPath(new URL('./bench/blank.html', import.meta.url)),
};

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    VitePWA({
      // Ask before a new version takes over: a half-filled form must survive.
      registerType: 'prompt',
      // Registered once, by pwa/ (workbox-window through the React hook).
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'ITA Tracker — ติดตามมาตรการ ITA',
        short_name: 'ITA Tracker',
        description:
          'ติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) ของหน่วยงาน ใช้งานได้แม้ไม่มีอินเทอร์เน็ต',
        lang: 'th',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#f4f6f8',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Precache the whole app, every lazy chunk and font included, so every
        // screen opens offline. No runtime caches: the app needs no network.
        // pdf.js's worker is an .mjs of about 1 MB: the paste page reads PDFs offline too.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff2,woff,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Without this the first visit is not controlled until a reload; it
        // does not skip waiting, so updates still wait for the person's word.
        clientsClaim: true,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __APP_VERSION__: JSON.stringify(
      mode === 'next' ? `${pkg.version}+next` : pkg.version,
    ),
  },
  // The paste page's file reader is a module worker (new Worker(…, { type: 'module' })).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    ...(mode === 'bench'
      ? { outDir: 'dist-bench/site', rolldownOptions: { input: benchPages } }
      : {
          // Everything the first screen imports statically is one chunk: it
          // all loads at once anyway, and split among the lazy pages that
          // share it, it was 20 files and 5 KB more gzip (docs/performance.md).
          // Not in the bench build: its three pages would share that chunk,
          // and the blank page would load the app.
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [{ name: 'first-screen', tags: ['$initial'] }],
              },
            },
          },
          // That chunk is watched by the bench's initial-JS row, in gzip.
          chunkSizeWarningLimit: 600,
        }),
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    // Node, not jsdom: fake-indexeddb needs structuredClone, which jsdom lacks.
    environment: 'node',
    setupFiles: ['src/testing/setup.ts'],
  },
}));
