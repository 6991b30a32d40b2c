import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { freePort, startMailCatcher } from './e2e/support/mail-catcher';

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

// The backend sends its mails over real SMTP to a catcher in the runner process (not in the workers), which keeps
// each one as a file for the specs to read (the survey link in an invitation).
if (!process.env.TEST_WORKER_INDEX && !process.env.PEJLING_E2E_MAIL_DIR) {
  const mail = startMailCatcher();
  process.env.PEJLING_E2E_SMTP_PORT = String(mail.port);
  process.env.PEJLING_E2E_MAIL_DIR = mail.dir;
}

// The journey of a new installation (e2e/real-organisation.spec.ts) runs on a second Pejling: no demo, its own
// PostgreSQL given by JDBC URL and an OpenID Connect provider with a login page, both started from the backend's
// test classes (E2eServices). Ports are chosen once in the runner; the workers inherit them.
if (!process.env.TEST_WORKER_INDEX && !process.env.PEJLING_E2E_JOURNEY_PORT) {
  process.env.PEJLING_E2E_JOURNEY_PORT = String(freePort());
  process.env.PEJLING_E2E_JOURNEY_PG_PORT = String(freePort());
  process.env.PEJLING_E2E_OIDC_PORT = String(freePort());
  const journeyDir = mkdtempSync(join(tmpdir(), 'pejling-e2e-journey-'));
  process.env.PEJLING_E2E_JOURNEY_DIR = journeyDir;
  process.on('exit', () => rmSync(journeyDir, { recursive: true, force: true }));
}
const journeyPort = process.env.PEJLING_E2E_JOURNEY_PORT ?? '0';
const journeyDir = process.env.PEJLING_E2E_JOURNEY_DIR ?? tmpdir();
const journeyBaseURL = `http://localhost:${journeyPort}`;
const oidcIssuer = `http://127.0.0.1:${process.env.PEJLING_E2E_OIDC_PORT ?? '0'}/vesterby`;

const mailEnv = {
  QUARKUS_MAILER_HOST: '127.0.0.1',
  QUARKUS_MAILER_PORT: process.env.PEJLING_E2E_SMTP_PORT ?? '25',
  QUARKUS_MAILER_MOCK: 'false',
  QUARKUS_MAILER_START_TLS: 'DISABLED',
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // One retry on CI, where a loaded two-core machine can stall a long flow; a retried pass is reported as flaky.
  retries: process.env.CI ? 1 : 0,
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
  webServer: [
    {
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
        ...mailEnv,
      },
    },
    {
      command:
        'java -cp "../backend/target/test-classes:$(cat ../backend/target/e2e-classpath.txt)" dk.pejling.testing.E2eServices ' +
        `${process.env.PEJLING_E2E_JOURNEY_PG_PORT ?? '0'} ${process.env.PEJLING_E2E_OIDC_PORT ?? '0'} ${journeyDir}`,
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: 'java -jar ../backend/target/quarkus-app/quarkus-run.jar',
      url: `${journeyBaseURL}/q/health/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        QUARKUS_HTTP_PORT: journeyPort,
        PEJLING_DATA_DIR: `${journeyDir}/data`,
        PEJLING_BASE_URL: journeyBaseURL,
        QUARKUS_DATASOURCE_JDBC_URL: `jdbc:postgresql://127.0.0.1:${process.env.PEJLING_E2E_JOURNEY_PG_PORT ?? '0'}/postgres`,
        QUARKUS_DATASOURCE_USERNAME: 'postgres',
        QUARKUS_DATASOURCE_PASSWORD: 'postgres',
        PEJLING_DEMO: 'false',
        PEJLING_BOOTSTRAP_OPERATOR_EMAIL: 'drift@vesterby-drift.dk',
        PEJLING_BOOTSTRAP_OPERATOR_NAME: 'Driften',
        ...mailEnv,
      },
    },
  ],
});
