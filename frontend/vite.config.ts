import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { dkfdsSlim } from './build/dkfds-slim';
import { precompress } from './build/precompress';
import { preloadRoute } from './build/preload-route';

const backend = 'http://localhost:8080';
const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The built app runs on Preact's React-compatible runtime: React DOM alone is about 55 kB of brotli, more than half
 * of the respondent's 100 kB budget (docs/performance.md), Preact about 11 kB. The code is written against React's
 * API and types; the dev server and the Vitest suite run React, the Playwright suite runs the built app. To build
 * with React instead, set PEJLING_RUNTIME=react.
 */
const preact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig(({ command }) => ({
  plugins: [react(), precompress(), preloadRoute('/src/features/survey/index.ts')],
  css: {
    // DKFDS's stylesheet trimmed to the classes the SPA uses, without its font faces (src/app/fonts.css has them).
    postcss: { plugins: [dkfdsSlim({ sources: [path('./src'), path('./index.html')] })] },
  },
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path('./src')}/` },
      // dkfds only exports its JS bundle; its CSS, fonts and icons are reached through this alias
      // so that Vite bundles them locally (no CDN).
      { find: /^@dkfds\//, replacement: `${path('./node_modules/dkfds/dist')}/` },
      ...(command === 'build' && process.env.PEJLING_RUNTIME !== 'react' ? preact : []),
    ],
  },
  build: {
    // Maven packs target/classes into the frontend jar; Quarkus serves META-INF/resources from the classpath.
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    // No data: URIs (DKFDS icons become files), so the CSP can stay at img-src 'self'.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Typing-heavy route tests run long on a loaded two-core CI machine; the default 5 s is too tight there.
    testTimeout: 30_000,
  },
}));
