import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.PEJLING_E2E_PORT ?? 18080);
const baseURL = `http://localhost:${port}`;

// One fresh data directory per run: the backend starts an embedded PostgreSQL there and loads the demo
// organisation. Created once in the runner process (workers inherit the environment) and removed when the
// runner exits, after the backend has been stopped.
if (!process.env.PEJLING_E2E_DATA_DIR) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pejling-e2e-'));
  process.env.PEJLING_E2E_DATA_DIR = dataDir;
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}


export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'da-DK',
    trace: 'retain-on-failure',
    launchOptions: {
      // No browser downloads here: Debian's Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'java -jar ../backend/target/quarkus-app/quarkus-run.jar',
    url: `${baseURL}/q/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM, not the default SIGKILL: the backend's shutdown hook must stop its embedded PostgreSQL.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      QUARKUS_HTTP_PORT: String(port),
      PEJLING_DATA_DIR: process.env.PEJLING_E2E_DATA_DIR,
    },
  },
});
