import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // dkfds only exports its JS bundle; its CSS, fonts and icons are reached through this alias
    // so that Vite bundles them locally (no CDN, S14).
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@dkfds': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)),
    },
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
});
