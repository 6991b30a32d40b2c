import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { surveyToken, waitForMail } from './support/mailbox';

// Another employee invited to the demo round (the survey spec answers as Bente Sørensen): this spec only looks.
const respondent = 'hanne.jensen@demo.pejling.dk';
const BUDGET = 100 * 1024;

test('the respondent\'s first visit to /s stays within 100 kB before fonts, compressed and cached right', async ({ page }) => {
  const token = surveyToken(await waitForMail(respondent));
  await page.setViewportSize({ width: 360, height: 740 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { url: string; type: string; bytes: number; headers: Record<string, string> }>();
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    responses.set(requestId, { url: response.url, type, bytes: 0, headers });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = responses.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });

  await page.goto(`/s#${token}`);
  await expect(page.getByRole('heading', { level: 1, name: /feedback på ledelse/ })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const all = [...responses.values()];
  const beforeFonts = all.filter((response) => response.type !== 'Font');
  const total = beforeFonts.reduce((sum, response) => sum + response.bytes, 0);
  expect(total, beforeFonts.map((response) => `${response.bytes} ${response.url}`).join('\n')).toBeLessThanOrEqual(BUDGET);

  // Nothing of HR's editor, the reports or the overview travels to the respondent.
  const paths = all.map((response) => new URL(response.url).pathname);
  for (const feature of ['frameworks', 'rounds', 'organisation', 'reports', 'overview', 'lus']) {
    expect(paths.filter((path) => path.startsWith(`/assets/${feature}-`)), feature).toEqual([]);
  }
  // Only woff2, and not every weight DKFDS knows.
  const fonts = all.filter((response) => response.type === 'Font');
  expect(fonts.every((font) => font.url.endsWith('.woff2'))).toBe(true);
  expect(fonts.length).toBeLessThanOrEqual(4);

  const shell = all.find((response) => new URL(response.url).pathname === '/s');
  expect(shell?.headers['cache-control']).toBe('no-cache');
  const scripts = all.filter((response) => response.type === 'Script');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.headers['cache-control'], script.url).toBe('public, max-age=31536000, immutable');
    expect(['br', 'gzip'], script.url).toContain(script.headers['content-encoding']);
  }
  await expectNoAxeViolations(page);
});
