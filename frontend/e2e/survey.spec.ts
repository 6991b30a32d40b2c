import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { surveyToken, waitForMail } from './support/mailbox';

// An employee of leder Lars Holm Nielsen, invited to the demo organisation's open round.
const respondent = 'bente.soerensen@demo.pejling.dk';
const phone = { width: 360, height: 740 };
const storyLabel = 'Fortæl om en konkret situation (valgfrit)';

/** Presses Tab until focus is on (or inside) the target: the keyboard is the only input in this spec. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()}`);
}

async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/**
 * Answers every statement of the step by keyboard: Tab into the group (focus lands on "1"), Space checks it, and
 * each ArrowDown moves on and checks the next option; option 6 is "Ved ikke".
 */
async function answerStep(page: Page, choose: (index: number) => number): Promise<void> {
  const groups = page.getByRole('main').getByRole('group');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    await tabTo(page, group);
    await page.keyboard.press('Space');
    for (let step = 1; step < choose(i); step++) await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio').nth(choose(i) - 1)).toBeChecked();
  }
}

test('an employee answers the survey from the invitation mail by keyboard on a phone, resumes a draft and submits once', async ({ page }) => {
  test.setTimeout(90_000);
  const mail = await waitForMail(respondent);
  expect(mail.subject).toBe('Giv Lars Holm Nielsen feedback på ledelse');
  const token = surveyToken(mail);
  const requestLines: string[] = [];
  const trackRequests = (tab: Page) => tab.on('request', (request) => requestLines.push(request.url()));
  trackRequests(page);

  await page.setViewportSize(phone);
  const surveyCall = page.waitForRequest((request) => request.url().endsWith('/api/survey'));
  await page.goto(`/s#${token}`);

  // The intro: the token left the address bar at once and went out as a header.
  await expect(page.getByRole('heading', { level: 1, name: 'Giv Lars Holm Nielsen feedback på ledelse' })).toBeVisible();
  expect((await surveyCall).headers()['x-survey-token']).toBe(token);
  await expect(page).toHaveURL(/\/s$/);
  await expect(page.getByText('Lederevaluering 2026 (demo)')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Hvem ser hvad' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Læs mere om privatliv og databeskyttelse' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await expectNoAxeViolations(page);

  await expect(page.getByRole('button', { name: 'Start' })).toBeInViewport();
  await activate(page, page.getByRole('button', { name: 'Start' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Min leder påtager sig sit lederskab' })).toBeFocused();
  await expect(page.getByText('Værdi 1 af 11')).toBeVisible();

  // "Næste" with nothing answered: the error summary takes focus and links to every question.
  await activate(page, page.getByRole('button', { name: 'Næste' }));
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Du mangler at svare på noget' }) });
  await expect(summary).toBeFocused();
  const firstValueCount = await page.getByRole('main').getByRole('group').count();
  await expect(summary.getByRole('link')).toHaveCount(firstValueCount);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await expectNoAxeViolations(page);

  await answerStep(page, (i) => (i % 5) + 1);
  await expect(summary).toHaveCount(0);
  await tabTo(page, page.getByRole('textbox', { name: storyLabel }));
  await page.keyboard.type('På et personalemøde forklarede hun baggrunden for beslutningen og svarede på alle spørgsmål.');
  await expect(page.getByRole('status').filter({ hasText: /^Gemt kl\. \d\d\.\d\d$/ })).toBeVisible({ timeout: 10_000 });

  // Opening the link again, in a new tab, resumes the saved draft.
  const again = await page.context().newPage();
  trackRequests(again);
  await page.close();
  await again.setViewportSize(phone);
  await again.goto(`/s#${token}`);
  await expect(again.getByRole('progressbar', { name: `${firstValueCount} af 41 udsagn besvaret` })).toBeVisible();
  await activate(again, again.getByRole('button', { name: 'Fortsæt, hvor du slap' }));
  await expect(again.getByText('Værdi 2 af 11')).toBeVisible();
  await activate(again, again.getByRole('button', { name: 'Forrige' }));
  await expect(again.getByText('Værdi 1 af 11')).toBeVisible();
  await expect(again.getByRole('main').getByRole('group').first().getByRole('radio', { name: /^1 – / })).toBeChecked();
  await expect(again.getByRole('textbox', { name: storyLabel })).toHaveValue(/^På et personalemøde/);
  await activate(again, again.getByRole('button', { name: 'Næste' }));

  for (let value = 2; value <= 11; value++) {
    await expect(again.getByText(`Værdi ${value} af 11`)).toBeVisible();
    await answerStep(again, (i) => ((i + value) % 6) + 1);
    await activate(again, again.getByRole('button', { name: 'Næste' }));
  }

  await expect(again.getByRole('heading', { level: 1, name: 'Gennemse dine svar' })).toBeFocused();
  await expect(again.getByRole('region')).toHaveCount(11);
  await expect(again.getByText('Ikke besvaret')).toHaveCount(0);
  await expect(again.getByRole('link', { name: /^Ret svarene under/ })).toHaveCount(11);
  await expect(again.getByText(/historie skrevet/)).toHaveCount(1);
  await expectNoAxeViolations(again);

  await activate(again, again.getByRole('button', { name: 'Send besvarelse' }));
  await expect(again.getByRole('heading', { level: 1, name: 'Tak for dine svar' })).toBeFocused();
  await expect(again.getByText(/Din besvarelse er modtaget og gemt krypteret/)).toBeVisible();
  await expect(again.getByText('Linket kan ikke bruges igen, og besvarelsen kan ikke ændres.')).toBeVisible();
  await expectNoAxeViolations(again);

  // The link is spent: opened again in the same tab (only the fragment changes, so no reload), the survey asks afresh.
  await again.goto(`/s#${token}`);
  await expect(again.getByRole('heading', { level: 1, name: 'Du har allerede svaret' })).toBeVisible();
  await expectNoAxeViolations(again);

  // The token travelled in headers only: no request line carried it.
  expect(requestLines.filter((url) => url.includes(token) && !url.includes('#'))).toEqual([]);
});
