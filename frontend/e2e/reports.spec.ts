import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

// The demo's closed round (DemoHistory.CLOSED_ROUND): ballots, stories and Lars's plan, commented by Mette.
const closedRound = 'Lederevaluering forår 2026 (demo)';
const openRound = 'Lederevaluering 2026 (demo)';
const lars = 'Lars Holm Nielsen';
const birgitte = 'birgitte.lund@demo.pejling.dk';

function linkName(label: string, leader: string): RegExp {
  return new RegExp(`^${label} for ${leader}, ${closedRound.replace(/[()]/g, '\\$&')}$`);
}

test('the leader reads the report, prepares the conversation and writes the plan', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/login');
  await logIn(page, demo.leader);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine rapporter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mine rapporter' })).toBeVisible();
  const own = page.getByRole('region', { name: 'Dine rapporter' });
  await expect(own.getByRole('row', { name: new RegExp(openRound.replace(/[()]/g, '\\$&')) })).toContainText(
    'Rapporten åbner, når runden lukker',
  );
  await expectNoAxeViolations(page);

  // The report: summary first, then rates, values with figures and charts, stories.
  await own.getByRole('link', { name: linkName('Rapport', lars) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${lars}` })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Kort fortalt' });
  await expect(summary.getByRole('list', { name: 'Det gør du godt' }).getByRole('listitem')).toHaveCount(3);
  await expect(summary.getByRole('list', { name: 'Det kan du arbejde med' }).getByRole('listitem')).toHaveCount(3);
  await expect(summary.getByRole('list', { name: 'Det gør du godt' })).toContainText(/gennemsnit \d,\d/);
  await expect(page.getByRole('table', { name: 'Svarprocent pr. svargruppe' }).getByRole('row', { name: /Medarbejdere/ })).toContainText('%');
  await expect(page.getByRole('table', { name: /^Værdierne med medarbejdernes gennemsnit/ })).toBeVisible();
  await expect(page.getByText('Medarbejdernes gennemsnit').first()).toBeVisible();
  const stories = page.getByRole('region', { name: 'Historier' });
  await expect(stories.locator('blockquote').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A value's statements, collapsed until opened: a table with the distribution as a small chart.
  await page.locator('.report-value > summary').first().click();
  await expect(page.getByRole('table', { name: /^Udsagnene under / }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /^Fordeling af medarbejdernes svar/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The PDF comes with the bearer token and the server's file name.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent PDF' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  // The conversation guide.
  await page.getByRole('link', { name: 'Forbered samtalen (LUS-guide)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Samtaleguide: ${lars}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Spørgsmål til samtalen' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Værdierne' }).getByText('Svagest').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dilemmaer til refleksion' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The plan: the demo's goals are there; add one and save.
  await page.getByRole('link', { name: 'Skriv udviklingsplanen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Udviklingsplan: ${lars}` })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Mål 1' })).toBeVisible();
  await expectNoAxeViolations(page);
  const goals = await page.getByRole('group', { name: /^Mål \d+$/ }).count();
  await page.getByRole('button', { name: 'Tilføj mål' }).click();
  const goal = page.getByRole('group', { name: `Mål ${goals + 1}` });
  await goal.getByRole('textbox', { name: 'Mål' }).fill('Holde fast i de faste 1:1-samtaler (e2e)');
  const value = goal.getByRole('combobox', { name: 'Værdi (valgfri)' });
  await value.selectOption({ index: 1 });
  await goal.getByRole('textbox', { name: /Handlinger/ }).fill('Hver anden uge med hver medarbejder.');
  await goal.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'I gang' });
  await page.getByRole('button', { name: 'Gem planen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Planen er gemt.' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('group', { name: `Mål ${goals + 1}` }).getByRole('textbox', { name: 'Mål' })).toHaveValue(
    'Holde fast i de faste 1:1-samtaler (e2e)',
  );

  // The leader's own plans.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udviklingsplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Udviklingsplan' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Dine udviklingsplaner, nyeste først' })).toContainText(closedRound);
  await expectNoAxeViolations(page);
});

test('the manager sees the leaders who report to her, reads a plan and comments on it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await logIn(page, demo.manager);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine ledere' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mine ledere' })).toBeVisible();
  const round = page.getByRole('table', { name: `Ledere i ${closedRound}` });
  await expect(round.getByRole('row', { name: new RegExp(lars) })).toBeVisible();
  await expectNoAxeViolations(page);

  await round.getByRole('link', { name: linkName('Udviklingsplan', lars) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Udviklingsplan: ${lars}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Fortælle tydeligere, hvad der er besluttet – og hvorfor' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gem planen' })).toHaveCount(0);
  const comments = page.getByRole('region', { name: 'Kommentarer' });
  await expect(comments).toContainText('Godt og konkret, Lars.');
  await expectNoAxeViolations(page);

  await comments.getByRole('textbox', { name: 'Din kommentar' }).fill('Fint – vi tager status i marts (e2e).');
  await comments.getByRole('button', { name: 'Tilføj kommentar' }).click();
  await expect(comments.getByText('Fint – vi tager status i marts (e2e).')).toBeVisible();
  await expect(comments).toContainText('Mette Kjær (chef)');
  await expectNoAxeViolations(page);
});

test('a leader with fewer than k employee answers sees why, and only the ratings that are not anonymous', async ({ page }) => {
  await page.goto('/login');
  await logIn(page, birgitte);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine rapporter' }).click();
  await page.getByRole('region', { name: 'Dine rapporter' }).getByRole('link', { name: linkName('Rapport', 'Birgitte Lund') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport: Birgitte Lund' })).toBeVisible();
  await expect(page.getByText(/medarbejdere har svaret, så deres svar vises ikke – af hensyn til anonymiteten/)).toBeVisible();
  await expect(page.getByText('Medarbejdernes gennemsnit')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /^Fordeling/ })).toHaveCount(0);
  await expect(page.getByText('(ikke anonym)').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
