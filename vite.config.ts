/**
 * Builds the PWA into dist/: Preact app, web app manifest, and the Workbox service worker from
 * service-worker/sw.ts with the precache list injected. In dev, /api goes to the Node server.
 */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { icuCatalogues } from './scripts/icu-catalogues.mjs';

const API_TARGET = process.env.API_TARGET ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [
    icuCatalogues(),
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'service-worker',
      filename: 'sw.ts',
      // We register the worker ourselves with workbox-window (src/pwa/register.ts).
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
      },
      manifest: {
        id: '/',
        name: 'LEAD Hollywood Drop-in',
        short_name: 'LEAD Drop-in',
        description: 'Check in and ask for what you need at the LEAD Hollywood drop-in center.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0f5257',
        background_color: '#fdf8ef',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      output: {
        // "messages-es-kiosk-<hash>.js": which catalogue a chunk is shows in the bench and the network panel.
        chunkFileNames: (chunk) => {
          const catalogue = chunk.facadeModuleId?.match(/catalogues[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/);
          return catalogue ? `assets/messages-${catalogue[1]}-${catalogue[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    proxy: { '/api': API_TARGET },
  },
});
