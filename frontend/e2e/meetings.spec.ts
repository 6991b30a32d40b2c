import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';
import { waitForMail } from './support/mailbox';

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

test('a leader invites by mail and sends the one reminder: only the invitee who has not answered gets it, the leader sees no count', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const invitees = ['hanne.jensen@demo.pejling.dk', 'kirsten.pedersen@demo.pejling.dk', 'bente.soerensen@demo.pejling.dk'];
  const name = `Ledermøde om vagtplanen ${Date.now()}`;
  await page.goto('/login');
  await logIn(page, demo.leader);
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();
  await page.goto('/moeder/ny');
  await page.getByLabel('Mødets navn').fill(name);
  await page.getByLabel('Værdi', { exact: true }).selectOption({ index: 2 });
  await page.getByRole('radio', { name: /En invitation pr\. mail/ }).check();
  await page.getByLabel('Deltagernes e-mailadresser').fill(invitees.join('\n'));
  await page.getByRole('button', { name: 'Opret mødeevaluering' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Two of the three answer through the personal links in their invitations.
  const invited = (text: string | undefined) => (text ?? '').includes(name);
  const links: string[] = [];
  for (const invitee of invitees) {
    const mail = await waitForMail(invitee, (m) => invited(m.text) && !(m.subject ?? '').startsWith('Påmindelse'), 60_000);
    const match = /(\/m#[A-Za-z0-9_-]+)/.exec(mail.text ?? '');
    expect(match).not.toBeNull();
    links.push(match?.[1] ?? '');
  }
  for (const link of links.slice(0, 2)) {
    const context = await browser.newContext({ baseURL, locale: 'da-DK' });
    const participant = await context.newPage();
    await participant.goto(link);
    await participant.getByRole('radio', { name: '4 – I høj grad' }).check();
    await participant.getByRole('button', { name: 'Send svar' }).click();
    await expect(participant.getByRole('heading', { level: 1, name: 'Tak for dit svar' })).toBeVisible();
    await context.close();
  }

  const reminder = page.getByRole('region', { name: 'Påmindelse' });
  await expect(reminder).toContainText('Du får ikke at vide, hvem eller hvor mange den når');
  await expectNoAxeViolations(page);
  await reminder.getByRole('button', { name: 'Send påmindelse' }).click();
  await expect(reminder.getByRole('status')).toContainText(/^Påmindelsen blev sendt den .* til de inviterede, der ikke havde svaret\./);
  await expect(reminder.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Påmindelse' }).getByRole('status')).toContainText('Påmindelsen blev sendt den');

  const reminded = await waitForMail(invitees[2], (m) => (m.subject ?? '').startsWith('Påmindelse') && invited(m.text), 60_000);
  expect(reminded.text).toContain(links[2]);
  await expect(waitForMail(invitees[0], (m) => (m.subject ?? '').startsWith('Påmindelse') && invited(m.text), 5_000)).rejects.toThrow(/No mail/);
  await expect(waitForMail(invitees[1], (m) => (m.subject ?? '').startsWith('Påmindelse') && invited(m.text), 1_000)).rejects.toThrow(/No mail/);
});
