import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

const demoRound = 'Lederevaluering 2026 (demo)';
const framework = 'Ledelsesgrundlag for Demo Kommune';
const newRound = 'Lederevaluering Borgerservice (e2e)';

/** A date a month ahead, as the native date input takes it. */
function inAMonth(): string {
  const date = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

test('HR follows the demo round and creates, configures and launches a new round', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/login');
  await logIn(page, demo.hr);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Evalueringsrunder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evalueringsrunder' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Organisationens evalueringsrunder, nyeste først' });
  await expect(list.getByRole('row', { name: new RegExp(demoRound.replace(/[()]/g, '\\$&')) })).toContainText('Åben');
  await expectNoAxeViolations(page);

  // The demo round's dashboard: response rates per unit and group, mail status.
  await list.getByRole('link', { name: demoRound }).click();
  await expect(page.getByRole('heading', { level: 1, name: demoRound })).toBeVisible();
  const progress = page.getByRole('table', { name: 'Svar pr. enhed og svargruppe' });
  await expect(progress.getByRole('row', { name: /Borgerservice Medarbejdere/ })).toBeVisible();
  await expect(progress.getByRole('row', { name: /I alt Medarbejdere/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Om hver leder har fået svar nok til en rapport med medarbejdernes svar' })).toContainText('Birgitte Lund');
  await expect(page.getByRole('region', { name: 'E-mails' })).toContainText('Invitationer sendt');
  await expect(page.getByRole('button', { name: 'Send påmindelse' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Step 1: framework, name, closing date.
  await page.getByRole('link', { name: 'Alle evalueringsrunder' }).click();
  await page.getByRole('link', { name: 'Opret evalueringsrunde' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Trin 1 af 5: Grundlag og navn' })).toBeVisible();
  await expectNoAxeViolations(page);
  const frameworkSelect = page.getByLabel('Ledelsesgrundlag', { exact: true });
  const frameworkValue = await frameworkSelect.locator('option', { hasText: framework }).first().getAttribute('value');
  await frameworkSelect.selectOption(frameworkValue ?? '');
  await page.getByLabel('Rundens navn').fill(newRound);
  await page.getByLabel('Dato').fill(inAMonth());
  await page.getByLabel('Klokkeslæt').fill('12:00');
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();

  // Step 2: add Borgerservice; Jens Mikkelsen comes with his employees.
  await expect(page.getByRole('heading', { level: 2, name: 'Trin 2 af 5: Ledere' })).toBeVisible();
  await expect(page).toHaveURL(/\/runder\/[0-9a-f-]{36}\?trin=2$/);
  await expectNoAxeViolations(page);
  const unitSelect = page.getByLabel('Enhed', { exact: true });
  const unitValue = await unitSelect.locator('option', { hasText: 'Borgerservice' }).getAttribute('value');
  await unitSelect.selectOption(unitValue ?? '');
  await page.getByRole('button', { name: 'Tilføj enhedens ledere' }).click();
  await expect(page.getByRole('heading', { level: 4, name: /Jens Mikkelsen/ })).toBeVisible();
  await page.getByText('10 medarbejdere bliver spurgt om Jens Mikkelsen').click();
  await expect(page.getByRole('button', { name: /^Fjern .* fra listen over medarbejdere, der bliver spurgt om Jens Mikkelsen$/ })).toHaveCount(10);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Fortsæt' }).click();

  // Step 3: who answers.
  await expect(page.getByRole('heading', { level: 2, name: 'Trin 3 af 5: Hvem svarer' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Selvvurdering' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Chefens vurdering' })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();

  // Step 4: thresholds and sharing.
  await expect(page.getByRole('heading', { level: 2, name: 'Trin 4 af 5: Anonymitet og deling' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('spinbutton', { name: 'Anonymitetsgrænse: mindste antal medarbejdersvar' }).fill('5');
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();

  // Step 5: the summary counts the e-mails; launching asks first.
  await expect(page.getByRole('heading', { level: 2, name: 'Trin 5 af 5: Opsummering og igangsæt' })).toBeVisible();
  const summary = page.getByRole('table', { name: 'Det, der låses, når runden sættes i gang' });
  await expect(summary).toContainText(framework);
  await expect(summary).toContainText('Jens Mikkelsen');
  await expect(summary).toContainText('Medarbejdernes resultater vises med mindst 5 svar');
  await expect(page.getByText('Medarbejdere: 10')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sæt i gang' }).click();
  const dialog = page.getByRole('dialog', { name: `Sæt »${newRound}« i gang?` });
  await expect(dialog).toContainText('kan ikke ændres bagefter');
  await expect(dialog).toContainText(/Der sendes \d+ e-mails/);
  await expect(dialog.getByRole('button', { name: 'Annullér' })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Sæt i gang' }).click();

  // The round is open: its dashboard.
  await expect(page.getByText(/Runden er sat i gang\. \d+ invitationer bliver sendt\./)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: newRound })).toBeVisible();
  await expect(page.getByText('Åben', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Svar pr. enhed og svargruppe' }).getByRole('row', { name: /Borgerservice Medarbejdere 10 Færre end 5/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Alle evalueringsrunder' }).click();
  await expect(list.getByRole('row', { name: new RegExp(newRound.replace(/[()]/g, '\\$&')) })).toContainText('Åben');
});
