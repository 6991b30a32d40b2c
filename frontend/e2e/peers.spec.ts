import type { APIRequestContext, Page } from '@playwright/test';
import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';
import { surveyToken, waitForMail } from './support/mailbox';

// Demo Kommune: Mette Kjær manages Lars Holm Nielsen, Sofie Bach, Birgitte Lund and Jens Mikkelsen.
const lars = 'Lars Holm Nielsen';
const sofie = 'Sofie Bach';
const colleagues = { [lars]: ['sofie.bach', 'birgitte.lund', 'jens.mikkelsen'], [sofie]: ['leder', 'birgitte.lund', 'jens.mikkelsen'] };
const email = (local: string) => `${local}@demo.pejling.dk`;

async function token(page: Page): Promise<string> {
  return (await page.evaluate(() => sessionStorage.getItem('pejling.token'))) ?? '';
}

async function personId(request: APIRequestContext, auth: Record<string, string>, query: string): Promise<string> {
  const people = (await (await request.get(`/api/org/people?q=${encodeURIComponent(query)}`, { headers: auth })).json()) as { id: string; name: string }[];
  const found = people.find((person) => person.name === query);
  if (!found) throw new Error(`No ${query} in Demo Kommune`);
  return found.id;
}

/** Answers a survey by its link: every statement the given score. */
async function answer(request: APIRequestContext, surveyLink: string, score: number): Promise<void> {
  const survey = (await (await request.get('/api/survey', { headers: { 'X-Survey-Token': surveyLink } })).json()) as {
    values: { statements: { id: string }[] }[];
  };
  const answers = survey.values.flatMap((value) => value.statements).map((statement) => ({ statementId: statement.id, score }));
  const submitted = await request.post('/api/survey/submit', { headers: { 'X-Survey-Token': surveyLink }, data: { answers, stories: [] } });
  expect(submitted.status()).toBe(201);
}

test('leader colleagues: chosen by default, asked on a phone, shown apart from the employees, and hidden below their threshold', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/login');
  await logIn(page, demo.hr);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  const auth = { Authorization: `Bearer ${await token(page)}` };
  const frameworks = (await (await page.request.get('/api/frameworks', { headers: auth })).json()) as { id: string; status: string }[];
  const framework = frameworks.find((item) => item.status === 'PUBLISHED')!;
  const round = (await (
    await page.request.post('/api/rounds', {
      headers: auth,
      data: { frameworkVersionId: framework.id, name: 'Lederkolleger (e2e)', closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), hrAccess: 'REPORT' },
    })
  ).json()) as { id: string };
  const leaderIds = [await personId(page.request, auth, lars), await personId(page.request, auth, sofie)];
  expect((await page.request.post(`/api/rounds/${round.id}/evaluees`, { headers: auth, data: { leaderIds } })).status()).toBe(200);

  // HR gives both leaders the other leaders with the same manager, in the wizard.
  await page.goto(`/runder/${round.id}?trin=2`);
  await page.getByRole('button', { name: 'Spørg de andre ledere med samme chef' }).click();
  await expect(page.getByText('Ledere uden lederkolleger har fået de andre ledere med samme chef.')).toBeAttached();
  await page.getByText(`3 lederkolleger spørges om ${lars}`).click();
  for (const name of [sofie, 'Birgitte Lund', 'Jens Mikkelsen']) {
    await expect(page.getByRole('button', { name: `Fjern ${name} fra lederkollegerne, der bliver spurgt om ${lars}` })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.goto(`/runder/${round.id}?trin=4`);
  await expect(page.getByRole('spinbutton', { name: 'Anonymitetsgrænse for lederkolleger' })).toHaveValue('3');
  expect((await page.request.post(`/api/rounds/${round.id}/launch`, { headers: auth })).status()).toBe(200);

  // A colleague opens the invitation on a phone: the survey speaks to a colleague and gives the colleagues' threshold.
  const about = (leader: string) => (mail: { subject?: string }) => mail.subject === `Giv din lederkollega ${leader} feedback på ledelse`;
  const jensAboutLars = surveyToken(await waitForMail(email('jens.mikkelsen'), about(lars), 90_000));
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/s#${jensAboutLars}`);
  await expect(page.getByRole('heading', { level: 1, name: `Giv din lederkollega ${lars} feedback på ledelse` })).toBeVisible();
  await expect(page.getByText('ser kun lederkollegernes samlede resultater fra mindst 3 kolleger').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // All three of Lars's colleagues answer 5; only two of Sofie's answer.
  for (const local of colleagues[lars]) await answer(page.request, surveyToken(await waitForMail(email(local), about(lars), 90_000)), 5);
  for (const local of colleagues[sofie].slice(0, 2)) {
    await answer(page.request, surveyToken(await waitForMail(email(local), about(sofie), 90_000)), 1);
  }
  expect((await page.request.post(`/api/rounds/${round.id}/close`, { headers: auth })).status()).toBe(200);
  await expect
    .poll(async () => (await page.request.get(`/api/rounds/${round.id}/reports/${leaderIds[0]}`, { headers: auth })).status(), { timeout: 60_000 })
    .toBe(200);

  // Lars reads his report: the colleagues' column stands on its own; no employee answered, so no employee figure.
  await page.goto('/login');
  await logIn(page, demo.leader);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await page.goto(`/rapporter/${round.id}/${leaderIds[0]}`);
  const overview = page.getByRole('table', { name: /^Værdierne/ });
  await expect(overview.getByRole('row').first()).toContainText('Lederkolleger');
  await expect(overview.getByRole('row').nth(1)).toContainText('5,0');
  await expect(overview.getByRole('row').first()).not.toContainText('Medarbejdernes gennemsnit');
  await expectNoAxeViolations(page);
  await page.locator('summary').filter({ hasText: /udsagn/ }).first().click();
  await expect(page.getByText('5,0 (antal svar: 3)').first()).toBeVisible();
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Sofie's two colleagues are below their threshold: no figure of theirs, and not how many answered.
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.goto('/login');
  await logIn(page, email('sofie.bach'));
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await page.goto(`/rapporter/${round.id}/${leaderIds[1]}`);
  const hers = page.getByRole('table', { name: /^Værdierne/ });
  await expect(hers.getByRole('row').nth(1)).toContainText('Færre end 3 lederkolleger har svaret');
  await expect(hers).not.toContainText('1,0');
  const rates = page.getByRole('region', { name: 'Svarprocent' });
  await expect(rates.getByRole('row', { name: /Lederkolleger/ })).toContainText('–');
  await expectNoAxeViolations(page);
});
