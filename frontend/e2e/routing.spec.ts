import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

test('a deep link is served by the SPA and survives the login', async ({ page }) => {
  const response = await page.goto('/rapporter/123');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();

  await logIn(page, demo.leader);

  await expect(page).toHaveURL(/\/rapporter\/123$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine rapporter' })).toBeVisible();

  // Reloading the deep link while logged in goes to the server again, which must answer with the SPA.
  const reload = await page.reload();
  expect(reload?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine rapporter' })).toBeVisible();
});

test('the privacy page states controller, purpose, who sees what, retention and contact', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privatliv og databeskyttelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privatliv og databeskyttelse' })).toBeVisible();
  for (const heading of ['Dataansvarlig og databehandler', 'Formål', 'Hvem ser hvad', 'Opbevaring', 'Kontakt']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('main').getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown page shows a Danish 404 page', async ({ page }) => {
  await page.goto('/findes-ikke');
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  await expectNoAxeViolations(page);
});
