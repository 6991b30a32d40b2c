import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

const firstValue = 'Jeg påtager mig mit lederskab';
const secondValue = 'Jeg er bevidst om mit ledelsesrum og den politiske kontekst, jeg er en del af';
const original = 'Min leder tager de nødvendige konflikter';
const reworded = 'Min leder tager de svære konflikter i tide';
const added = 'Min leder siger tydeligt fra, når noget ikke er i orden';

test('HR builds a framework from the Kodeks template, publishes it and starts a new version', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await logIn(page, demo.hr);
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Ledelsesgrundlag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ledelsesgrundlag' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Create from the template: the editor of a draft opens.
  await page.getByRole('button', { name: 'Opret fra Kodeks for god ledelse' }).click();
  await expect(page).toHaveURL(/\/ledelsesgrundlag\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kodeks for god ledelse' })).toBeVisible();
  await expect(page.getByText('Kladde', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: `1. ${firstValue}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Reword a statement, both wordings.
  await page.getByRole('button', { name: `Redigér udsagnet »${original}«` }).click();
  const editForm = page.getByRole('group', { name: 'Redigér udsagnet' });
  await editForm.getByLabel('Medarbejderformulering', { exact: true }).fill(reworded);
  await editForm.getByLabel('Selvvurderingsformulering', { exact: true }).fill('Jeg tager de svære konflikter i tide');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByText(reworded, { exact: true })).toBeVisible();
  await expect(page.getByText(original, { exact: true })).toHaveCount(0);

  // Add a statement; a too short wording is refused inline first.
  await page.getByRole('button', { name: `Tilføj udsagn under ${firstValue}` }).click();
  const addForm = page.getByRole('group', { name: `Nyt udsagn under ${firstValue}` });
  const employee = addForm.getByLabel('Medarbejderformulering', { exact: true });
  await employee.fill('Kort');
  await addForm.getByLabel('Selvvurderingsformulering', { exact: true }).fill('Jeg siger tydeligt fra, når noget ikke er i orden');
  await page.getByRole('button', { name: 'Tilføj udsagn', exact: true }).click();
  await expect(employee).toHaveAttribute('aria-invalid', 'true');
  await expect(employee).toHaveAccessibleDescription(/Fejl: .*mellem 5 og 300/);
  await expectNoAxeViolations(page);
  await employee.fill(added);
  await page.getByRole('button', { name: 'Tilføj udsagn', exact: true }).click();
  await expect(page.getByText(added, { exact: true })).toBeVisible();

  // Reorder a value by keyboard: the move button keeps focus.
  const moveUp = page.getByRole('button', { name: `Flyt værdien ${secondValue} op` });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: `1. ${secondValue}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: `2. ${firstValue}` })).toBeVisible();
  await expect(moveUp).toBeFocused();
  await expect(page.getByRole('status')).toContainText(`${secondValue} er flyttet til plads 1 af 11`);

  // The preview is the respondent's own survey, built from the draft: nothing is saved or sent.
  await page.getByRole('link', { name: 'Forhåndsvisning' }).click();
  await expect(page).toHaveURL(/\/forhaandsvisning$/);
  await expect(page.getByRole('note')).toContainText('intet gemmes eller sendes');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min leder kender sit ledelsesrum og den politiske sammenhæng, vi arbejder i');
  const groups = page.getByRole('main').getByRole('group');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio', { name: 'Ved ikke' }).check();
  await page.getByRole('button', { name: 'Næste' }).click();
  const question = page.getByRole('group', { name: added });
  await expect(question.getByRole('radio', { name: '1 – I meget ringe grad' })).toBeEnabled();
  await expect(question.getByRole('radio', { name: '5 – I meget høj grad' })).toBeVisible();
  await expect(question.getByRole('radio', { name: 'Ved ikke' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Publish, after a confirmation that explains the freeze.
  await page.getByRole('link', { name: 'Tilbage til Kodeks for god ledelse' }).click();
  await page.getByRole('button', { name: 'Offentliggør' }).click();
  const dialog = page.getByRole('dialog', { name: 'Offentliggør »Kodeks for god ledelse«?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('låst for altid');
  await expect(dialog.getByRole('button', { name: 'Annullér' })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Offentliggør' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/er låst\. Vil du ændre noget, så start en ny version\./)).toBeVisible();
  await expect(page.getByText('Offentliggjort', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Redigér udsagnet/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A new version is a new draft, with the published one listed beside it.
  await page.getByRole('button', { name: 'Start ny version' }).click();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Offentliggør' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Version 1 – Offentliggjort' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Tilbage til listen over ledelsesgrundlag' }).click();
  const table = page.getByRole('table', { name: 'Organisationens ledelsesgrundlag og deres versioner' });
  // Its two versions, beside the demo organisation's own published framework.
  await expect(table.getByRole('row', { name: /^Kodeks for god ledelse/ })).toHaveCount(2);
});

test('a leader reads published versions only and cannot open the list', async ({ page }) => {
  await page.goto('/login');
  await logIn(page, demo.leader);
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();
  await page.goto('/ledelsesgrundlag');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible();
});
