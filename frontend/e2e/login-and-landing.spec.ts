import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

test('HR logs in, sees the HR areas, switches to English and logs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await expect(page).toHaveTitle('Log ind – Pejling');
  await expectNoAxeViolations(page);

  await logIn(page, demo.hr);

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen, \S/ })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Demo Kommune');
  const areas = page.getByRole('region', { name: 'Dine områder' });
  for (const area of ['Ledelsesgrundlag', 'Organisation', 'Evalueringsrunder', 'Overblik', 'Konti og indstillinger']) {
    await expect(areas.getByRole('link', { name: new RegExp(`^${area}`) })).toBeVisible();
  }
  await expect(areas.getByRole('link', { name: /^Mine rapporter/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, \S/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'Your areas' })).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
});

test('a wrong password is refused with the same message as an unknown e-mail', async ({ page }) => {
  await page.goto('/login');
  await logIn(page, demo.hr, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('Forkert e-mail eller adgangskode');

  await page.goto('/login');
  await logIn(page, 'nobody@demo.pejling.dk', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('Forkert e-mail eller adgangskode');
  await expectNoAxeViolations(page);
});

test('the forgotten-password page, a refused single sign-on and a leader’s confirmation page pass axe', async ({ page }) => {
  await page.goto('/glemt-adgangskode');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByLabel('E-mail')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/login?sso=ukendt-bruger');
  await expect(page.getByRole('alert')).toContainText('Du blev ikke logget ind');
  await expect(page.getByRole('alert')).toContainText('du har ikke et login til Pejling');
  await expectNoAxeViolations(page);

  await page.goto('/login');
  await logIn(page, demo.leader);
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen, \S/ })).toBeVisible();
  await page.goto('/bekraeft');
  await expect(page).toHaveURL(/\/bekraeft$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
