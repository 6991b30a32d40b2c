#!/usr/bin/env node
// Bytes on the wire of a first visit to a page: every response the page loads, as Chromium received it (headers
// and compressed body), grouped into fonts and everything else. Usage:
//   node scripts/page-weight.mjs <url> [--width 360 --height 740]
// The browser is Debian's Chromium (CHROMIUM_PATH elsewhere); nothing is downloaded.
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const url = args.find((arg) => !arg.startsWith('--'));
if (!url) {
  console.error('usage: node scripts/page-weight.mjs <url> [--width N --height N]');
  process.exit(2);
}
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: option('width', 360), height: option('height', 740) } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    responses.set(requestId, {
      url: response.url,
      type,
      encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '',
      cache: response.headers['cache-control'] ?? response.headers['Cache-Control'] ?? '',
      bytes: 0,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = responses.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);

  const rows = [...responses.values()].filter((row) => !row.url.startsWith('data:'));
  const isFont = (row) => row.type === 'Font' || /\.(woff2?|ttf|otf|eot)(\?|$)/.test(row.url);
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  for (const row of rows) {
    const path = new URL(row.url).pathname;
    console.log(`${kb(row.bytes)} KB  ${row.type.padEnd(10)} ${(row.encoding || '-').padEnd(5)} ${path}  [${row.cache || 'no cache-control'}]`);
  }
  const sum = (list) => list.reduce((total, row) => total + row.bytes, 0);
  const fonts = rows.filter(isFont);
  const rest = rows.filter((row) => !isFont(row));
  console.log(`${kb(sum(rest))} KB  in ${rest.length} responses before fonts`);
  console.log(`${kb(sum(fonts))} KB  in ${fonts.length} font responses`);
  console.log(`${kb(sum(rows))} KB  in total`);
} finally {
  await browser.close();
}
