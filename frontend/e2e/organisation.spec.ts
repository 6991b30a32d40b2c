import { readFile } from 'node:fs/promises';
import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

// Only previews: applying a file deactivates everyone not in it, and the other specs rely on Demo Kommune.
const goodFile = [
  'enhed;overordnet enhed;navn;e-mail;leders e-mail;roller',
  'Direktionen;;Mette Kjær;chef@demo.pejling.dk;;chef leder',
  'Sekretariatet;Direktionen;Camilla Thorsen;hr@demo.pejling.dk;chef@demo.pejling.dk;hr admin',
  'Ungdomsskolen;Direktionen;Åse Ødegård;aase.oedegaard@demo.pejling.dk;chef@demo.pejling.dk;leader',
  'Ungdomsskolen;;"Øjvind ""Øj"" Æbelø";oejvind.aebeloe@demo.pejling.dk;aase.oedegaard@demo.pejling.dk;',
].join('\n');

const badFile = [
  'enhed;overordnet enhed;navn;e-mail;leders e-mail;roller',
  'Direktionen;;Mette Kjær;chef@demo.pejling.dk;;manager leader',
  'Sekretariatet;Direktionen;Camilla Thorsen;hr@demo.pejling.dk;chef@demo.pejling.dk;hr admin',
  ';;Uden Enhed;uden.enhed@demo.pejling.dk;;',
  'Ungdomsskolen;Direktionen;Åse Ødegård;ikke-en-e-mail;;direktør',
  'Ungdomsskolen;;Øjvind Æbelø;oejvind.aebeloe@demo.pejling.dk;ingen@demo.pejling.dk;',
].join('\n');

test('HR previews an organisation file, sees the changes, and sees every error of a bad file by line', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/login');
  await logIn(page, demo.hr);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Ældreplejen/ })).toContainText('15 personer');
  await expectNoAxeViolations(page);

  const fileInput = page.getByLabel('CSV-fil med organisationen');
  await fileInput.setInputFiles({ name: 'organisation.csv', mimeType: 'text/csv', buffer: Buffer.from(goodFile, 'utf-8') });
  await page.getByRole('button', { name: 'Vis ændringer' }).click();

  await expect(page.getByRole('heading', { name: 'Ændringer, hvis du gennemfører importen' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Enheder, der oprettes eller flyttes' })).toContainText('Ungdomsskolen');
  const people = page.getByRole('table', { name: 'Personer, der ændres' });
  await expect(people.getByRole('row', { name: /Øjvind "Øj" Æbelø/ })).toContainText('Oprettes');
  await expect(people.getByRole('row', { name: /Bente Sørensen/ })).toContainText('Deaktiveres');
  await expect(page.getByRole('table', { name: 'Antal ændringer' }).getByRole('row', { name: /Nye personer/ })).toContainText('2');
  // Everyone the file leaves out is named in a warning before anything is applied.
  const warning = page.getByRole('region', { name: /personer bliver deaktiveret/ });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('listitem').filter({ hasText: 'Bente Sørensen' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // The confirmation warns about the deactivations; cancelling writes nothing.
  await page.getByRole('button', { name: 'Gennemfør import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gennemfør importen?' });
  await expect(dialog).toContainText('personer, der ikke er i filen, bliver deaktiveret');
  await expect(dialog.getByRole('button', { name: 'Annullér' })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(dialog).toBeHidden();

  await fileInput.setInputFiles({ name: 'forkert.csv', mimeType: 'text/csv', buffer: Buffer.from(badFile, 'utf-8') });
  await page.getByRole('button', { name: 'Vis ændringer' }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /Filen blev ikke importeret/ }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText([
    'Linje 4, enhed: skal udfyldes',
    'Linje 5, e-mail: »ikke-en-e-mail« er ikke en gyldig e-mailadresse',
    'Linje 5, roller: ukendt rolle »direktør«; brug hr, admin, leder eller chef',
    'Linje 6, leders e-mail: ingen@demo.pejling.dk er ikke i filen',
  ]);
  await expect(page.getByRole('button', { name: 'Gennemfør import' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Nothing was imported.
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: /^Ældreplejen/ })).toContainText('15 personer');
  await expect(page.getByText('Ungdomsskolen')).toHaveCount(0);
});

test('HR downloads the organisation as the file to import, and previewing it unchanged changes nothing', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/login');
  await logIn(page, demo.hr);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Organisation' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent organisationen (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('organisation.csv');
  const csv = await readFile(await file.path());
  expect(csv.toString('utf-8')).toMatch(/^\uFEFFenhed;overordnet enhed;navn;e-mail;leders e-mail;roller\r\n/);
  await expect(page.getByText('Filen organisation.csv er hentet.')).toBeVisible();

  await page.getByLabel('CSV-fil med organisationen').setInputFiles({ name: 'organisation.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByRole('button', { name: 'Vis ændringer' }).click();
  await expect(page.getByText('Filen svarer til organisationen, som den er. Der er intet at importere.')).toBeVisible();
  await expectNoAxeViolations(page);
});
