import { readFile } from 'node:fs/promises';
import { demo, expect, expectNoAxeViolations, logIn, test } from './support/fixtures';

const closedRound = 'Lederevaluering forår 2026 (demo)';
const openRound = 'Lederevaluering 2026 (demo)';
const escaped = (text: string) => new RegExp(text.replace(/[()]/g, '\\$&'));

test('HR opens the closed demo round: heatmap with a masked unit, statement quality and a CSV export', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await logIn(page, demo.hr);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Overblik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overblik' })).toBeVisible();

  // The closed round is chosen already; the open one only says when its overview opens.
  const choice = page.getByRole('group', { name: 'Vælg en lukket runde' });
  await expect(choice.getByRole('radio', { name: escaped(closedRound) })).toBeChecked();
  await expect(choice.getByRole('radio', { name: escaped(openRound) })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Runder, der ikke er lukket endnu' })).toContainText(
    `${openRound}: åbner når runden lukker`,
  );
  await expectNoAxeViolations(page);

  // The heatmap: figures with n, and Birgitte Lund's Sekretariatet (3 employees, k = 5) hidden with its reason.
  await page.getByRole('button', { name: 'Vis overblik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Overblik: ${closedRound}` })).toBeVisible();
  const heatmap = page.getByRole('table', { name: 'Medarbejdernes gennemsnit pr. enhed og værdi' });
  const organisation = heatmap.getByRole('row').nth(1);
  await expect(organisation.getByRole('rowheader')).toHaveText('Demo Kommune');
  await expect(organisation.getByRole('cell').first()).toHaveText(/^[1-5],\d\d+ svar$/);
  const sekretariatet = heatmap.getByRole('row', { name: /Sekretariatet/ });
  await expect(sekretariatet.getByRole('cell').first()).toHaveText('Under anonymitetsgrænsen');
  await expect(sekretariatet).not.toContainText(/\d/);
  await expect(page.getByRole('region', { name: 'Sådan læser du tabellen' })).toContainText('Færre end 5 medarbejdere');
  await expect(page.getByRole('table', { name: 'Medarbejdernes svarprocent pr. enhed' }).getByRole('row', { name: /Sekretariatet/ })).toContainText('%');
  await expect(page.getByRole('table', { name: 'De 5 udsagn med det højeste gennemsnit i hele organisationen' }).getByRole('row')).toHaveCount(6);
  await expectNoAxeViolations(page);

  // The CSV holds the heatmap's header row first.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pejling-.*\.csv$/);
  const csv = (await readFile(await download.path(), 'utf-8')).replace(/^\uFEFF/, '');
  expect(csv.split(/\r?\n/)[0]).toMatch(/^Enhed;Niveau;Inviterede;Besvarelser;Svarprocent;/);
  expect(csv).toContain('Demo Kommune;0;');
  await expect(page.getByText(`Filen ${download.suggestedFilename()} er hentet.`)).toBeVisible();

  // Statement quality: the seed's test explained, alpha per value, the figures per statement.
  await page.getByRole('navigation', { name: 'Overblikkets sider' }).getByRole('link', { name: 'Udsagnenes kvalitet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Udsagnenes kvalitet' })).toBeVisible();
  await expect(page.getByText(/skaber de samme billeder hos alle/)).toBeVisible();
  await expect(page.getByText('Cronbachs alfa').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /^Udsagn under værdien / }).first()).toBeVisible();
  await expect(page.getByText(/Kan ikke observeres|Læses forskelligt \/ stor spredning|Hænger svagt sammen med værdien/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent Excel (XLSX)' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^pejling-.*\.xlsx$/);
});

test('an open round has no overview yet', async ({ page }) => {
  await page.goto('/login');
  await logIn(page, demo.hr);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  const token = await page.evaluate(() => sessionStorage.getItem('pejling.token'));
  const rounds = (await (await page.request.get('/api/rounds', { headers: { Authorization: `Bearer ${token}` } })).json()) as {
    id: string;
    name: string;
  }[];
  const open = rounds.find((round) => round.name === openRound);
  expect(open).toBeDefined();
  await page.goto(`/overblik/${open!.id}`);
  await expect(page.getByRole('alert')).toContainText('Overblikket for denne runde er ikke åbent endnu');
  await expectNoAxeViolations(page);
});
