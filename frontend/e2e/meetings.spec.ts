import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

const phone = { width: 360, height: 740 };

test('a leader evaluates a meeting against one value: three phones answer through the link, the result shows once it is closed', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  await logIn(page, demo.leader);
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mødeevalueringer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mødeevalueringer' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Ny mødeevaluering' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny mødeevaluering' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Opret mødeevaluering' }).click();
  await expect(page.getByText('Udfyld feltet.')).toHaveCount(2);
  await page.getByLabel('Mødets navn').fill('Personalemøde i Ældreplejen');
  await page.getByLabel('Værdi', { exact: true }).selectOption({ index: 1 });
  const value = (await page.getByLabel('Værdi', { exact: true }).locator('option:checked').textContent()) ?? '';
  await page.getByRole('button', { name: 'Opret mødeevaluering' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Personalemøde i Ældreplejen' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Deltagernes link' }).inputValue();
  expect(link).toMatch(/\/m#[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('img', { name: 'QR-kode med deltagernes link' })).toBeVisible();
  await expect(page.getByText('Færre end 3 har svaret indtil videre.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Three participants, each on a phone of their own: no login, the token leaves the address bar at once.
  for (const score of ['4 – I høj grad', '5 – I meget høj grad', '3 – I nogen grad']) {
    const context = await browser.newContext({ baseURL, locale: 'da-DK', viewport: phone });
    const phonePage = await context.newPage();
    const question = phonePage.waitForRequest((request) => request.url().endsWith('/api/meeting-answer'));
    await phonePage.goto(link);
    await expect(phonePage.getByRole('heading', { level: 1, name: 'Evaluér mødet' })).toBeVisible();
    expect((await question).headers()['x-meeting-token']).toBe(link.split('#')[1]);
    await expect(phonePage).toHaveURL(/\/m$/);
    await expect(phonePage.getByText(/Dit svar er anonymt/)).toBeVisible();
    expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await expectNoAxeViolations(phonePage);
    await phonePage.getByRole('group', { name: `Hvor godt levede mødet op til »${value}«?` }).getByRole('radio', { name: score }).check();
    await phonePage.getByRole('button', { name: 'Send svar' }).click();
    await expect(phonePage.getByRole('heading', { level: 1, name: 'Tak for dit svar' })).toBeVisible();
    await expectNoAxeViolations(phonePage);

    // The same browser (a new tab: the key is in its storage) cannot answer twice.
    const again = await context.newPage();
    await again.goto(link);
    await again.getByRole('radio', { name: '1 – I meget ringe grad' }).check();
    await again.getByRole('button', { name: 'Send svar' }).click();
    await expect(again.getByRole('heading', { level: 1, name: 'Du har allerede svaret' })).toBeVisible();
    await context.close();
  }

  await page.reload();
  await expect(page.getByText('Mindst 3 har svaret. Resultatet vises, når du lukker evalueringen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Resultat', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Luk evalueringen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Resultat', exact: true })).toBeVisible();
  const figures = page.locator('.meeting-figures');
  await expect(figures).toContainText('Gennemsnit4,0');
  await expect(figures).toContainText('Antal svar3');
  await expect(page.getByRole('table', { name: 'Fordeling af svarene' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Tilbage til mødeevalueringerne' }).click();
  await expect(page.getByRole('row', { name: /Personalemøde i Ældreplejen/ }).first()).toContainText('4,0 (3 svar)');
  await expect(page.getByRole('table', { name: `Udviklingen for »${value}«` })).toBeVisible();
  await expectNoAxeViolations(page);
});
