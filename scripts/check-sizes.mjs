#!/usr/bin/env node
// Size budgets, checked by `npm test` after the builds: the content script runs on every page
// of twelve social networks, so each content script must stay at or under 8 KB gzipped. Also
// reports the whole package. Exits 1 when a budget is exceeded.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_SCRIPT_BUDGET = 8 * 1024;
const builds = ['.output/chrome-mv3', '.output/firefox-mv2'];
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const build of builds) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  } catch {
    console.error(`No build in ${build}: run npm run build and npm run build:firefox first.`);
    process.exit(1);
  }
  console.log(`${build}`);
  // Registered by the background at run time, not in the manifest, on the same pages, so under
  // the same budget: the search guard (only while someone's searches are paused) and the feed
  // script (only while someone's feeds choice is on).
  for (const script of [...(manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []), 'search-guard.js', 'feeds.js']) {
    const size = gz(join(build, script));
    const ok = size <= CONTENT_SCRIPT_BUDGET;
    failed ||= !ok;
    console.log(`  content script ${script}: ${kb(size)} gzipped ${ok ? '✓' : '✗'} budget ≤ ${kb(CONTENT_SCRIPT_BUDGET)}`);
  }
  const all = files(build);
  const raw = all.reduce((sum, path) => sum + statSync(path).size, 0);
  const zipped = all.reduce((sum, path) => sum + gz(path), 0);
  console.log(`  whole package: ${all.length} files, ${kb(raw)} (${kb(zipped)} gzipped file by file)`);
  const largest = all.map((path) => [relative(build, path), statSync(path).size]).sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`  largest: ${largest.map(([path, size]) => `${path} ${kb(size)}`).join(', ')}`);
}
if (failed) {
  console.error('A size budget is exceeded.');
  process.exit(1);
}
