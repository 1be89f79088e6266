/** Where the extension's builds are, with a clear error when a build is missing. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function build(name: string, command: string): string {
  const dir = join(PROJECT_ROOT, '.output', name);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`${command}\` before the browser tests.`);
  }
  return dir;
}

/** .output/chrome-mv3 (`npm run build`). */
export const chromeBuild = (): string => build('chrome-mv3', 'npm run build');
/** .output/firefox-mv2 (`npm run build:firefox`). */
export const firefoxBuild = (): string => build('firefox-mv2', 'npm run build:firefox');

/** Extensions that do nothing, for testing the harness itself. */
export const FIXTURE_CHROME = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/chrome-mv3');
export const FIXTURE_FIREFOX = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/firefox-mv2');
