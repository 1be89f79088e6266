#!/usr/bin/env node
// Makes sure the browsers the browser tests drive are installed: Debian's chromium and
// firefox-esr (never a downloaded browser build). As root it installs what is missing with
// apt-get; otherwise it stops with one line saying how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium' },
  { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];
const missing = wanted.filter(({ env, path }) => !existsSync(process.env[env] || path));
if (missing.length === 0) process.exit(0);

const packages = missing.map(({ pkg }) => pkg);
const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(`Browser tests need Debian's ${packages.join(' and ')}: run "sudo apt-get install -y ${packages.join(' ')}" (or set ${missing.map(({ env }) => env).join('/')}), then run the tests again.`);
  process.exit(1);
}
console.log(`Installing ${packages.join(' and ')} for the browser tests (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
