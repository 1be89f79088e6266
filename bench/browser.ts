import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { syntheticUrges } from './week-summary';

/*
 * Timings in a real Chromium with the built extension: how soon the popup shows this week with
 * a year of logging in storage, and how soon the pause page can be used. Each is measured in
 * the page itself, from the start of its navigation (performance.now()), over several runs.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION = resolve('.output/chrome-mv3');

export interface BrowserTimings {
  readonly popupWith10kUrgesMs: number;
  readonly pauseInteractiveMs: number;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchBrowser(runs = 9): Promise<BrowserTimings | string> {
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(EXTENSION, 'manifest.json'))) return 'skipped: build the extension first (npm run build)';
  const profile = mkdtempSync(join(tmpdir(), 'letting-go-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    const page = await context.newPage();
    await page.goto(`${base}options.html`);
    const urges = Object.fromEntries(syntheticUrges(10_000, Date.now()).map((urge) => [`urge:${urge.id}`, { ...urge, v: 1 }]));
    await page.evaluate(
      (items) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items),
      { ...urges, people: [{ id: 'a', name: '', relationship: 'ex', addedAt: 0, profiles: [{ key: 'instagram:someex', addedAt: 0 }] }], settings: { breathSteps: [10] } },
    );

    const popup: number[] = [];
    const pause: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${base}popup.html`);
      // The first animation frame in which this week's figures are on screen.
      popup.push(await page.waitForFunction(() => document.querySelector('.headline') !== null && performance.now(), null, { polling: 'raf' }).then((handle) => handle.jsonValue() as Promise<number>));
      await page.goto(`${base}pause.html?via=load&url=https://www.instagram.com/someex/`);
      // Interactive: "Go back" is on screen and has the focus, ready for Enter.
      pause.push(
        await page
          .waitForFunction(() => (document.activeElement as HTMLElement | null)?.textContent === 'Go back' && performance.now(), null, { polling: 'raf' })
          .then((handle) => handle.jsonValue() as Promise<number>),
      );
    }
    return { popupWith10kUrgesMs: median(popup), pauseInteractiveMs: median(pause) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
