#!/usr/bin/env node
// Makes sure the Debian programs the tests drive are installed: chromium and firefox-esr for the
// browser tests (never a downloaded browser build), faketime for the unit suite's runs at other
// dates. As root it installs what is missing with apt-get; otherwise it stops with one line
// saying how. Usage: node scripts/ensure-debian.mjs chromium firefox-esr
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const known = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium' },
  'firefox-esr': { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr' },
  faketime: { path: '/usr/bin/faketime' },
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((pkg) => !(pkg in known));
if (unknown.length > 0) throw new Error(`ensure-debian: no rule for ${unknown.join(', ')}`);

const missing = wanted.filter((pkg) => !existsSync((known[pkg].env && process.env[known[pkg].env]) || known[pkg].path));
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  const overrides = missing.map((pkg) => known[pkg].env).filter(Boolean);
  console.error(`The tests need Debian's ${missing.join(' and ')}: run "sudo apt-get install -y ${missing.join(' ')}"${overrides.length > 0 ? ` (or set ${overrides.join('/')})` : ''}, then run the tests again.`);
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} for the tests (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
