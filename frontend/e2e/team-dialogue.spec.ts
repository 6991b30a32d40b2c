import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

test("a leader team's month: the manager gives it a value, the team prepares with the guide and writes down what it holds on to", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await logIn(page, demo.manager);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Lederteamets dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lederteamets dialog' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dit lederteam' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Værdi', { exact: true }).selectOption({ index: 2 });
  const value = (await page.getByLabel('Værdi', { exact: true }).locator('option:checked').textContent()) ?? '';
  await page.getByRole('button', { name: 'Vælg værdien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `) })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Før mødet: Forbered dig' })).toBeVisible();
  await expect(page.getByText('Overvej det udvalgte kodekspunkt')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Under mødet: Tag en runde' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dilemmaer til dialogen' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Det vil vi holde fast i').fill('At vi fortæller hinanden om de svære beslutninger');
  await page.getByLabel('Det vil vi gøre mere af').fill('Spørge hinanden til råds før et svært møde');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText(/^Senest gemt af /)).toBeVisible();
  const month = page.url();

  // A leader of the team reads the same month and the record.
  const context = await browser.newContext({ baseURL, locale: 'da-DK' });
  const leader = await context.newPage();
  await leader.goto('/login');
  await logIn(leader, demo.leader);
  await expect(leader.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();
  await leader.goto(month);
  await expect(leader.getByLabel('Det vil vi holde fast i')).toHaveValue('At vi fortæller hinanden om de svære beslutninger');
  await expectNoAxeViolations(leader);
  await context.close();
});
