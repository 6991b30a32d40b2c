import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';
import { surveyToken, waitForMail } from './support/mailbox';

// The demo's closed round: Birgitte Lund (Sekretariatet) has three employees under k = 5.
const closedRound = 'Lederevaluering forår 2026 (demo)';
const birgitte = 'birgitte.lund@demo.pejling.dk';
const lars = 'Lars Holm Nielsen';
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };
const screens = 'test-results/screens';
mkdirSync(screens, { recursive: true });

/** The page at both widths, for a person to look at; at the phone width nothing scrolls sideways, and axe is clean. */
async function look(page: Page, name: string): Promise<void> {
  await page.setViewportSize(desktop);
  await page.screenshot({ path: `${screens}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize(phone);
  const wide = await page.evaluate((width) => {
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`);
  }, phone.width);
  expect(wide, `${name} scrolls sideways at 360 px`).toEqual([]);
  await page.screenshot({ path: `${screens}/${name}-360.png`, fullPage: true });
  await expectNoAxeViolations(page);
  await page.setViewportSize(desktop);
}

function linkName(label: string, leader: string): RegExp {
  return new RegExp(`^${label} for ${leader}, ${closedRound.replace(/[()]/g, '\\$&')}$`);
}

test('a leader below the threshold: warned in the wizard, and no figure is ever called the employees’ in her report, guide or PDF', async ({ page }) => {
  test.setTimeout(240_000);
  // HR adds Sekretariatet to a new round: the wizard names Birgitte at the leaders step and in the summary.
  await page.goto('/login');
  await logIn(page, demo.hr);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Evalueringsrunder' }).click();
  await page.getByRole('link', { name: 'Opret evalueringsrunde' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Trin 1 af 5: Grundlag og navn' })).toBeVisible();
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
  await expect(page.getByRole('alert', { name: 'Ret dette, før du går videre' })).toBeFocused();
  await look(page, 'wizard-step1-errors');
  const frameworkSelect = page.getByLabel('Ledelsesgrundlag', { exact: true });
  await frameworkSelect.selectOption({ index: 1 });
  await page.getByLabel('Rundens navn').fill('Sekretariatet (e2e)');
  const date = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  await page.getByLabel('Dato').fill(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`);
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Trin 2 af 5: Ledere' })).toBeVisible();
  const unitSelect = page.getByLabel('Enhed', { exact: true });
  await unitSelect.selectOption((await unitSelect.locator('option', { hasText: 'Sekretariatet' }).getAttribute('value')) ?? '');
  await page.getByRole('button', { name: 'Tilføj enhedens ledere' }).click();
  const warning = page.getByRole('note', { name: '1 leder kan ikke få en rapport med medarbejdernes svar' });
  await expect(warning).toContainText('Birgitte Lund: 3 medarbejdere');
  await expect(warning).toContainText('sænke anonymitetsgrænsen til 3');
  // HR adds someone from the organisation to her list by searching.
  await page.getByText('3 medarbejdere bliver spurgt om Birgitte Lund').click();
  await page.getByRole('searchbox', { name: 'Tilføj en person, der skal spørges om Birgitte Lund' }).fill('hanne');
  await page.getByRole('button', { name: 'Tilføj Hanne Jensen til listen over medarbejdere, der bliver spurgt om Birgitte Lund' }).click();
  await expect(page.getByText('4 medarbejdere bliver spurgt om Birgitte Lund')).toBeVisible();
  await look(page, 'wizard-step2-below-threshold');
  await page.goto(page.url().replace('trin=2', 'trin=5'));
  await expect(page.getByRole('note', { name: '1 leder kan ikke få en rapport med medarbejdernes svar' })).toContainText('Birgitte Lund: 4 medarbejdere');
  await look(page, 'wizard-step5-summary');
  await page.getByRole('button', { name: 'Slet kladden' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slet kladden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evalueringsrunder' })).toBeVisible();

  // Birgitte's report of the closed round.
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.goto('/login');
  await logIn(page, birgitte);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine rapporter' }).click();
  await page.getByRole('region', { name: 'Dine rapporter' }).getByRole('link', { name: linkName('Rapport', 'Birgitte Lund') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport: Birgitte Lund' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const main = page.getByRole('main');
  await expect(main.getByText('For få medarbejdere har svaret')).toBeVisible();
  await expect(main).not.toContainText(/Medarbejdernes gennemsnit|gennemsnit \d/);
  await expect(main).not.toContainText(/(?<![\p{L}])k(?![\p{L}])/u);
  await expect(page.getByRole('region', { name: 'Kort fortalt' })).toContainText('dialogmøde');
  await expect(page.getByRole('region', { name: 'Kort fortalt' })).not.toContainText(/Ingen\b/);
  await look(page, 'report-below-k');

  // The PDF, downloaded from the page.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent som Word' }).click()]);
  expect(word.suggestedFilename()).toMatch(/\.docx$/);

  // The guide: her own rating, called what it is.
  await page.getByRole('link', { name: 'Forbered samtalen (LUS-guide)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samtaleguide: Birgitte Lund' })).toBeFocused();
  await expect(main.getByRole('note')).toContainText('Færre end 5 medarbejdere har svaret');
  await expect(main.getByRole('note')).toContainText('bygger derfor på din selvvurdering');
  await expect(main).not.toContainText(/Medarbejdernes gennemsnit|gennemsnit \d/);
  await expect(main.getByText('Selvvurdering (ikke anonym)').first()).toBeVisible();
  await look(page, 'guide-below-k');

  // The PDF says the same: its text holds no employees' mean.
  const token = await page.evaluate(() => sessionStorage.getItem('pejling.token'));
  const url = new URL(page.url());
  const [, , roundId, leaderId] = url.pathname.split('/');
  const response = await page.request.get(`/api/rounds/${roundId}/reports/${leaderId}/pdf`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
});

test('the manager reads about the leader, not to “du”, comments, and the leader is mailed a link', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  await logIn(page, demo.manager);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine ledere' }).click();
  const round = page.getByRole('table', { name: `Ledere i ${closedRound}` });
  await round.getByRole('link', { name: linkName('Rapport', lars) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${lars}` })).toBeFocused();
  await expect(page.getByText(`Du læser rapporten som chef for ${lars}.`)).toBeVisible();
  const summary = page.getByRole('region', { name: 'Kort fortalt' });
  await expect(summary.getByRole('heading', { name: 'Det gør lederen godt' })).toBeVisible();
  await expect(summary).not.toContainText(/(?<![\p{L}])(du|dig|din|dine|dit)(?![\p{L}])/iu);
  await expect(page.getByRole('table', { name: /^Værdierne med medarbejdernes gennemsnit/ })).toBeVisible();
  await look(page, 'report-manager');
  // A value's statements open on request.
  await page.locator('summary').first().click();
  await look(page, 'report-manager-value-open');

  await page.getByRole('link', { name: 'Forbered samtalen (LUS-guide)' }).click();
  await expect(page.getByText(/^Guiden er lederens forberedelse/)).toBeVisible();
  await look(page, 'guide-manager');

  await page.getByRole('link', { name: 'Se udviklingsplanen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Udviklingsplan: ${lars}` })).toBeVisible();
  const comments = page.getByRole('region', { name: 'Kommentarer' });
  const text = `Lad os tale om målene i næste uge (e2e ${Date.now()}).`;
  await comments.getByRole('textbox', { name: 'Din kommentar' }).fill(text);
  await comments.getByRole('button', { name: 'Tilføj kommentar' }).click();
  await expect(comments.getByText(text)).toBeVisible();
  await comments.getByRole('button', { name: 'Ret kommentar' }).last().click();
  await comments.getByRole('textbox', { name: 'Ret din kommentar' }).fill(`${text} Rettet.`);
  await comments.getByRole('button', { name: 'Gem ændringen' }).click();
  await expect(comments).toContainText('(redigeret ');
  await look(page, 'plan-manager');
  const mail = await waitForMail(demo.leader, (m) => m.subject === 'Ny kommentar til din udviklingsplan');
  expect(mail.text).toContain('Mette Kjær har skrevet en kommentar');
  expect(mail.text).not.toContain(text);
});

test('the leader is warned before leaving the plan with unsaved changes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  await logIn(page, demo.leader);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine rapporter' }).click();
  await page.getByRole('region', { name: 'Dine rapporter' }).getByRole('link', { name: linkName('Udviklingsplan', lars) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Udviklingsplan: ${lars}` })).toBeVisible();
  const title = page.getByRole('group', { name: 'Mål 1' }).getByRole('textbox', { name: 'Mål' });
  const before = await title.inputValue();
  await title.fill(`${before} – også i januar`);
  await expect(page.getByText(/Du har ændringer, der ikke er gemt\./)).toBeVisible();
  await look(page, 'plan-leader-unsaved');

  // Leaving inside the app asks first; staying keeps the text.
  await page.getByRole('link', { name: 'Tilbage til rapporten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forlad planen uden at gemme?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Bliv på siden' }).click();
  await expect(title).toHaveValue(`${before} – også i januar`);
  await expect(page).toHaveURL(/\/plan$/);

  // Closing or reloading the tab makes the browser ask; staying keeps the text.
  let asked = false;
  page.once('dialog', async (prompt) => {
    asked = prompt.type() === 'beforeunload';
    await prompt.dismiss();
  });
  await page.evaluate(() => setTimeout(() => window.location.reload(), 0));
  await expect.poll(() => asked).toBe(true);
  await expect(title).toHaveValue(`${before} – også i januar`);

  // Leaving anyway, when the leader says so.
  await page.getByRole('link', { name: 'Tilbage til rapporten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Forlad uden at gemme' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${lars}` })).toBeFocused();
  // All values on one screen: the overview fits in the height of a 1280×800 desktop.
  await page.setViewportSize(desktop);
  const overview = page.getByRole('region', { name: 'Overblik over værdierne' });
  await expect(overview.getByRole('row')).not.toHaveCount(0);
  const box = await overview.boundingBox();
  expect(box, 'the values overview is laid out').not.toBeNull();
  expect(box!.height, 'the values overview is at most 800 px high').toBeLessThanOrEqual(desktop.height);
  await look(page, 'report-leader');
});

test('an employee answers in English: statements, values, rules and receipt in English', async ({ page }) => {
  test.setTimeout(180_000);
  const respondent = 'kirsten.pedersen@demo.pejling.dk';
  const token = surveyToken(await waitForMail(respondent));
  await page.setViewportSize(phone);
  await page.goto(`/s#${token}`);
  await expect(page.getByRole('heading', { level: 1, name: `Giv ${lars} feedback på ledelse` })).toBeVisible();
  // Start is on the first screen of a phone, with how long it takes.
  await expect(page.getByRole('button', { name: 'Start' })).toBeInViewport();
  await expect(page.getByText(/^Det tager omkring \d+ minutter: 41 udsagn om 11 værdier\./)).toBeInViewport();
  await look(page, 'survey-intro-da');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Give ${lars} feedback on leadership` })).toBeVisible();
  await expect(page.getByText(/^Your answers are anonymous/).first()).toBeVisible();
  await page.setViewportSize(phone);
  await expect(page.getByRole('button', { name: 'Start' })).toBeInViewport();
  await look(page, 'survey-intro-en');
  await page.getByRole('button', { name: 'Start' }).click();
  // The value as written for the respondent, in English; the statements in English.
  await expect(page.getByRole('heading', { level: 1, name: 'My leader takes on their leadership' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'My leader takes on the necessary conflicts' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '0 of 41 statements answered' })).toBeVisible();
  await look(page, 'survey-step-en');
  for (let value = 1; value <= 11; value++) {
    const groups = page.getByRole('main').getByRole('group');
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').nth((i + value) % 6).check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  await expect(page.getByRole('region')).toHaveCount(11);
  // The answers of each value are collapsed under its heading, so Send is on the screen without scrolling.
  await expect(page.locator('main details')).toHaveCount(11);
  await expect(page.locator('main details[open]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send answers' })).toBeInViewport();
  await look(page, 'survey-review-en');
  await page.getByRole('button', { name: 'Send answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your answers' })).toBeFocused();
  await look(page, 'survey-receipt-en');
});

test('HR’s pages: the heatmap against the organisation’s mean, a closed round’s answers in total, the framework editor', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/login');
  await logIn(page, demo.hr);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Overblik' }).click();
  await page.getByRole('button', { name: 'Vis overblik' }).click();
  const heatmap = page.getByRole('table', { name: 'Medarbejdernes gennemsnit pr. enhed og værdi' });
  await expect(heatmap).toBeVisible();
  await expect(heatmap.getByText(/organisationen/).first()).toBeVisible();
  await heatmap.getByRole('columnheader').nth(1).locator('.overview-value-short').focus();
  await expect(heatmap.locator('.overview-tooltip').first()).toBeVisible();
  await look(page, 'overview-heatmap');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Evalueringsrunder' }).click();
  const list = page.getByRole('table', { name: 'Organisationens evalueringsrunder, nyeste først' });
  await list.getByRole('link', { name: closedRound }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Svar i alt' })).toBeVisible();
  await look(page, 'round-closed-dashboard');
  // The open round: per leader whether k is reached, and never a count below it.
  await page.getByRole('link', { name: 'Alle evalueringsrunder' }).click();
  await list.getByRole('link', { name: 'Lederevaluering 2026 (demo)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Svar indtil nu' })).toBeVisible();
  const leaders = page.getByRole('table', { name: 'Om hver leder har fået svar nok til en rapport med medarbejdernes svar' });
  await expect(leaders.getByRole('row', { name: /Birgitte Lund/ })).toContainText('Ikke nået endnu (færre end 5)');
  await expect(leaders.getByRole('row', { name: /Birgitte Lund/ })).not.toContainText(/\b[0-4] svar/);
  await look(page, 'round-open-dashboard');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Ledelsesgrundlag' }).click();
  await page.getByRole('link', { name: /Ledelsesgrundlag for Demo Kommune/ }).first().click();
  await expect(page.getByText('I spørgeskemaet: Min leder påtager sig sit lederskab')).toBeVisible();
  await expect(page.getByText('Engelsk:').first()).toBeVisible();
  await look(page, 'framework-page');
});
