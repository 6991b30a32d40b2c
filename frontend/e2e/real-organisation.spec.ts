import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { journey, passwordToken } from './support/journey';
import { surveyToken, waitForMail } from './support/mailbox';

/**
 * A new municipality's whole way in, in the browser, on a Pejling with its own PostgreSQL (by JDBC URL) and no demo:
 * the bootstrap operator chooses a password from the mail and creates the organisation; its admin chooses a
 * password and imports the organisation; the HR consultant chooses a password from the welcome mail; the admin sets
 * up single sign-on; a leader logs in through the identity provider's own login page; a round runs and closes; the
 * leader reads the report; another organisation sees none of it.
 */
test.use({ baseURL: journey.baseURL });

const PASSWORD = 'Mange gode år med ledelse';
const ADMIN = 'camilla.thorsen@vesterby.dk';
const HR = 'hanne.holm@vesterby.dk';
const LEADER = 'lars.nielsen@vesterby.dk';
const EMPLOYEES = ['bente.soerensen@vesterby.dk', 'ole.dam@vesterby.dk', 'sara.iversen@vesterby.dk'];

const organisationFile = [
  'enhed;overordnet enhed;navn;e-mail;leders e-mail;roller',
  `Direktionen;;Camilla Thorsen;${ADMIN};;admin`,
  'Direktionen;;Mette Kjær;mette.kjaer@vesterby.dk;;manager leader',
  `HR;Direktionen;Hanne Holm;${HR};mette.kjaer@vesterby.dk;hr`,
  `Ældreplejen;Direktionen;Lars Nielsen;${LEADER};mette.kjaer@vesterby.dk;leader`,
  `Ældreplejen;;Bente Sørensen;${EMPLOYEES[0]};${LEADER};`,
  `Ældreplejen;;Ole Dam;${EMPLOYEES[1]};${LEADER};`,
  `Ældreplejen;;Sara Iversen;${EMPLOYEES[2]};${LEADER};`,
].join('\n');

async function noAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }))).toEqual([]);
}

/** Opens the mailed link, chooses the password, and logs in with it. */
async function choosePasswordAndLogIn(page: Page, email: string): Promise<void> {
  const token = passwordToken(await waitForMail(email));
  await page.goto(`/adgangskode#${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vælg adgangskode' })).toBeVisible();
  await noAxeViolations(page);
  await page.getByLabel('Ny adgangskode').fill(PASSWORD);
  await page.getByLabel('Gentag adgangskoden').fill(PASSWORD);
  await page.getByRole('button', { name: 'Gem adgangskode' }).click();
  await expect(page.getByRole('status')).toContainText('Din adgangskode er gemt');
  await page.getByRole('link', { name: 'Gå til log ind' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
}

async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

test('a new installation: from the bootstrap operator to a leader reading the report', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: journey.baseURL, locale: 'da-DK' });
  // Nothing leaves this machine: the provider's page asks for a web font, which is refused.
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();

  // The operator from PEJLING_BOOTSTRAP_OPERATOR_EMAIL.
  await choosePasswordAndLogIn(page, journey.operator);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  await page.getByLabel('Organisationens navn').fill('Vesterby Kommune');
  await page.getByLabel('Administratorens navn').fill('Camilla Thorsen');
  await page.getByLabel('Administratorens e-mail').fill(ADMIN);
  await page.getByRole('button', { name: 'Opret organisation' }).click();
  await expect(page.getByRole('status')).toContainText('Vesterby Kommune er oprettet');
  await expect(page.getByRole('row', { name: /Vesterby Kommune/ })).toBeVisible();
  await noAxeViolations(page);
  await logOut(page);

  // The admin imports the organisation.
  await choosePasswordAndLogIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen, Camilla Thorsen' })).toBeVisible();
  await page.goto('/organisation');
  await page.getByLabel('CSV-fil med organisationen').setInputFiles({
    name: 'vesterby.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(organisationFile, 'utf-8'),
  });
  await page.getByRole('button', { name: 'Vis ændringer' }).click();
  await page.getByRole('button', { name: 'Gennemfør import' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gennemfør import' }).click();
  await expect(page.getByText(/Importen er gennemført/)).toBeVisible();

  // The admin sets up single sign-on with the identity provider.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Konti og indstillinger' }).click();
  await expect(page.getByRole('row', { name: /Lars Nielsen/ })).toContainText('Aldrig valgt');
  await page.getByLabel('Udsteder (issuer-URL)').fill(journey.issuer);
  await page.getByLabel('Klient-id (application id)').fill('pejling');
  await page.getByLabel('Klienthemmelighed').fill('vesterbys-hemmelighed');
  await page.getByLabel('E-maildomæner').fill('vesterby.dk');
  await page.getByRole('button', { name: 'Gem eget login' }).click();
  await expect(page.getByText('Indstillingerne for eget login er gemt.')).toBeVisible();
  await noAxeViolations(page);
  await logOut(page);

  // The imported HR consultant chooses a password from the welcome mail and logs in.
  await choosePasswordAndLogIn(page, HR);
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen, Hanne Holm' })).toBeVisible();
  const hr = await apiToken(page.request, HR);
  await logOut(page);

  // HR runs a round over Lars (by the API; the specs on the demo walk these pages): three employees answer.
  const auth = { Authorization: `Bearer ${hr}` };
  const framework = (await (await page.request.post('/api/frameworks', { headers: auth, data: { name: 'Vesterbys ledelsesgrundlag' } })).json()) as { id: string };
  const withValue = (await (
    await page.request.post(`/api/frameworks/${framework.id}/values`, { headers: auth, data: { title: 'Synlig' } })
  ).json()) as { values: { id: string }[] };
  const valueId = withValue.values[0]?.id ?? '';
  await page.request.post(`/api/frameworks/${framework.id}/values/${valueId}/statements`, {
    headers: auth,
    data: { text: 'Min leder er tilgængelig', selfText: 'Jeg er tilgængelig' },
  });
  const published = (await (await page.request.post(`/api/frameworks/${framework.id}/publish`, { headers: auth })).json()) as {
    id: string;
    values: { statements: { id: string }[] }[];
  };
  const statementId = published.values[0]?.statements[0]?.id ?? '';
  const people = (await (await page.request.get('/api/accounts', { headers: auth })).json()) as { personId: string; email: string }[];
  const lars = people.find((person) => person.email === LEADER)?.personId ?? '';
  const round = (await (
    await page.request.post('/api/rounds', {
      headers: auth,
      data: { frameworkVersionId: published.id, name: 'Lederevaluering Vesterby', closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), k: 3 },
    })
  ).json()) as { id: string };
  expect((await page.request.post(`/api/rounds/${round.id}/evaluees`, { headers: auth, data: { leaderIds: [lars] } })).status()).toBe(200);
  expect((await page.request.post(`/api/rounds/${round.id}/launch`, { headers: auth })).status()).toBe(200);
  for (const [index, employee] of EMPLOYEES.entries()) {
    const token = surveyToken(await waitForMail(employee));
    const submitted = await page.request.post('/api/survey/submit', {
      headers: { 'X-Survey-Token': token },
      data: { answers: [{ statementId, score: 3 + index }], stories: [] },
    });
    expect(submitted.status()).toBe(201);
  }
  expect((await page.request.post(`/api/rounds/${round.id}/close`, { headers: auth })).status()).toBe(200);
  // Closing counts the sealed ballots in the background: wait until HR's overview is there.
  await expect
    .poll(async () => (await page.request.get(`/api/rounds/${round.id}/overview`, { headers: auth })).status(), { timeout: 30_000 })
    .toBe(200);

  // Lars logs in through the identity provider's own login page.
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(LEADER);
  await page.getByLabel('E-mail').blur();
  await page.getByRole('link', { name: 'Log ind med Vesterby Kommune' }).click();
  await expect(page.getByText('Mock OAuth2 Server Sign-in')).toBeVisible();
  await page.locator('input[name="username"]').fill('lars');
  await page.locator('textarea[name="claims"]').fill(JSON.stringify({ email: LEADER }));
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen, Lars Nielsen' })).toBeVisible();
  expect(page.url()).not.toContain('kode=');
  await page.goto(`/rapporter/${round.id}/${lars}`);
  await expect(page.getByText('Min leder er tilgængelig').first()).toBeVisible();
  await noAxeViolations(page);

  // Another organisation sees none of it.
  const operator = await apiToken(page.request, journey.operator);
  await page.request.post('/api/organisations', {
    headers: { Authorization: `Bearer ${operator}` },
    data: { name: 'Østerby Kommune', adminName: 'Ib Holm', adminEmail: 'ib.holm@oesterby.dk' },
  });
  const other = passwordToken(await waitForMail('ib.holm@oesterby.dk'));
  expect((await page.request.post('/api/auth/password', { data: { token: other, password: PASSWORD } })).status()).toBe(204);
  const otherAdmin = { Authorization: `Bearer ${await apiToken(page.request, 'ib.holm@oesterby.dk')}` };
  expect((await page.request.get(`/api/rounds/${round.id}`, { headers: otherAdmin })).status()).toBe(404);
  expect((await page.request.get(`/api/rounds/${round.id}/reports/${lars}`, { headers: otherAdmin })).status()).toBe(404);
  expect((await page.request.get('/api/accounts', { headers: otherAdmin })).ok()).toBe(true);
  expect(JSON.stringify(await (await page.request.get('/api/accounts', { headers: otherAdmin })).json())).not.toContain('vesterby');
  await context.close();
});
