/**
 * `npm run screenshots`: pictures of the extension's pages for the README, light and dark, from
 * the built extension (.output/chrome-mv3) in Debian's Chromium, with example data that is
 * written into a throwaway browser profile. Nothing is visited but the extension's own pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const extension = resolve('.output/chrome-mv3');
const out = resolve('docs/screenshots');
const profileDir = mkdtempSync(join(tmpdir(), 'letting-go-shots-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  viewport: { width: 820, height: 1040 },
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}/`;
  const page = await context.newPage();
  await page.goto(`${base}options.html`);
  const day = 86_400_000;
  const now = Date.now();
  const urge = (id: string, ago: number, outcome: string, extra: object = {}) => ({
    id, v: 1, at: now - ago, profileKey: 'instagram:someex', source: 'load', strength: 6, triggers: ['lonely'], hopingToFind: '',
    outcome, secondsOnScreen: 20, feltAfter: null, reflection: '', shownReflection: null, ...extra,
  });
  await page.evaluate(
    (items) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items),
    {
      people: [{ id: 'a', name: 'Sam', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }, { key: 'x:someex', addedAt: now }] }],
      'urge:a': urge('a', 2 * 3_600_000, 'turned-back'),
      'urge:b': urge('b', 1.5 * day, 'turned-back'),
      'urge:c': urge('c', 3 * day, 'continued', { feltAfter: 'worse' }),
    },
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${base}pause.html?via=app&url=https://www.instagram.com/someex/`);
    await page.getByRole('checkbox', { name: 'Lonely' }).check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `pause-${scheme}.png`), fullPage: true });
    await page.goto(`${base}options.html`);
    await page.getByRole('button', { name: 'Remove Instagram @someex' }).waitFor();
    await page.screenshot({ path: join(out, `options-${scheme}.png`), fullPage: true });
  }
  console.log(`Screenshots written to ${out}`);
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
}
