import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Pages come from browser.newContext() then context.newPage(): the way @axe-core/playwright works here.
 * Every test also checks that the SPA made no third-party request (S14) and broke no CSP rule (S9).
 */
export const test = base.extend({
  page: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL, locale: 'da-DK' });
    const page = await context.newPage();
    const foreignRequests: string[] = [];
    const cspViolations: string[] = [];
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) foreignRequests.push(url);
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) cspViolations.push(message.text());
    });
    await use(page);
    await context.close();
    expect(foreignRequests, 'third-party requests').toEqual([]);
    expect(cspViolations, 'CSP violations').toEqual([]);
  },
});

export { expect };

export const demo = {
  hr: 'hr@demo.pejling.dk',
  leader: 'leder@demo.pejling.dk',
  manager: 'chef@demo.pejling.dk',
  password: 'demo1234',
};

/** WCAG 2.1 AA as axe-core checks it (S15): the page must have no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target) })),
  ).toEqual([]);
}

export async function logIn(page: Page, email: string, password = demo.password): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
}
