#!/usr/bin/env node
// `npm ci`, but only when it would change something: when package-lock.json, .npmrc or the Node/npm versions
// differ from those of the last install in this folder (a stamp in node_modules remembers them). A Maven build
// would otherwise delete and reinstall node_modules every time. Run it through npm (`npm run deps`), so that it
// uses the same npm; .npmrc's engine-strict makes the install fail on a Node the packages do not support.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const STAMP = 'node_modules/.pejling-install-stamp';
const npmCli = process.env.npm_execpath;
if (!npmCli) {
  console.error('Run this through npm: npm run deps');
  process.exit(2);
}

const hash = createHash('sha256');
for (const file of ['package-lock.json', '.npmrc']) hash.update(existsSync(file) ? readFileSync(file) : '').update('\0');
// "npm/11.19.1 node/v20.20.2 linux x64 workspaces/false"
hash.update((process.env.npm_config_user_agent ?? '').split(' ').slice(0, 3).join(' '));
const stamp = hash.digest('hex');

if (existsSync(STAMP) && existsSync('node_modules/.package-lock.json') && readFileSync(STAMP, 'utf8').trim() === stamp) {
  console.log('node_modules matches package-lock.json: npm ci skipped');
  process.exit(0);
}
const result = spawnSync(process.execPath, [npmCli, 'ci'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(STAMP, `${stamp}\n`);
