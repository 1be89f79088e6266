import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { syntheticUrges } from './week-summary';

/*
 * Timings in a real Chromium with the built extension: how soon the popup shows this week with
 * a year of logging in storage, and how soon the pause page can be used. Each is measured in the
 * page, from the start of its navigation, over several runs.
 *
 * "Visible" is the moment the browser presented the frame with the week's headline in it, as the
 * Element Timing API reports it (the headline carries `elementtiming="week"`); the pause page's
 * is the frame with "Go back" in it (`elementtiming="go-back"`), focused before that frame is
 * drawn (checked on every run). For scale, the
 * same is measured for two pages this bench adds to a copy of the build: one with a line of text
 * and nothing else, and one whose line is written by a one-line module script, as every page
 * built by WXT is started. No extension page can do better than they do on the same machine.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILD = resolve('.output/chrome-mv3');

export interface BrowserTimings {
  /** The popup, navigation to this week on screen, 10,000 urges stored. */
  readonly popupWeekMs: number;
  /**
   * The first popup after an update from a version without the digest: the update counted it as
   * it was installed, and the popup's copy of its first frame is of no use.
   */
  readonly popupFirstAfterUpdateMs: number;
  /** The same, opened the very moment the new version starts, while the digest is counted. */
  readonly popupAsUpdateStartsMs: number;
  readonly barePageMs: number;
  readonly bareModulePageMs: number;
  /** The pause page, navigation to the frame showing "Go back" focused, 10,000 urges stored. */
  readonly pauseInteractiveMs: number;
  /** Pauses whose "Go back" took the focus only after the first frame showing it. */
  readonly pauseFocusedAfterFrame: number;
  /** Timings taken from the animation frame because Chromium reported no Element Timing. */
  readonly framesWithoutElementTiming: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Opens `url` and returns when the frame showing the element marked `elementtiming="<name>"` was
 * presented. Chromium reports no Element Timing for an element first painted long after the rest
 * of the page (as in a slow popup); then the start of the first animation frame with the element
 * in the page stands in (recorded by a script the bench adds to every page, `RECORD_FRAMES`).
 */
async function openAndTime(page: Page, url: string, fallbacks: { count: number }, name = 'week'): Promise<number> {
  await page.goto(url);
  await page.waitForSelector(`[elementtiming="${name}"]`);
  const { shown, frame } = await page.evaluate(
    (identifier) =>
      new Promise<{ shown: number | null; frame: number | null }>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((candidate) => (candidate as PerformanceEntry & { identifier: string }).identifier === identifier);
          if (entry !== undefined) resolve({ shown: (entry as PerformanceEntry & { renderTime: number }).renderTime, frame: (globalThis as { __benchFrames?: Record<string, number> }).__benchFrames?.[identifier] ?? null });
        }).observe({ type: 'element', buffered: true });
        setTimeout(() => resolve({ shown: null, frame: (globalThis as { __benchFrames?: Record<string, number> }).__benchFrames?.[identifier] ?? null }), 1_000);
      }),
    name,
  );
  if (shown !== null) return shown;
  if (frame === null) throw new Error(`${url}: ${name} was never seen in a frame`);
  fallbacks.count++;
  return frame;
}

/**
 * Runs in every page from its start: notes the first animation frame each timed element is in.
 * (A string: functions passed to the page must not use helpers of this file's compiler.)
 */
const RECORD_FRAMES = `
  const frames = (globalThis.__benchFrames = {});
  const look = (time) => {
    for (const element of document.querySelectorAll('[elementtiming]')) frames[element.getAttribute('elementtiming')] ??= time;
    if (!('week' in frames || 'go-back' in frames)) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  // When "Go back" took the focus (the pause page focuses it before its first frame is drawn).
  document.addEventListener('focusin', (event) => {
    if (event.target.getAttribute?.('elementtiming') === 'go-back') globalThis.__benchGoBackFocused ??= performance.now();
  }, true);
`;

export async function benchBrowser(runs = 31): Promise<BrowserTimings | string> {
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(BUILD, 'manifest.json'))) return 'skipped: build the extension first (npm run build)';
  const work = mkdtempSync(join(tmpdir(), 'letting-go-bench-'));
  const extension = join(work, 'extension');
  cpSync(BUILD, extension, { recursive: true });
  writeFileSync(join(extension, 'bench-bare.html'), '<!doctype html><meta charset="utf-8"><title>bare</title><p elementtiming="week">This week</p>');
  writeFileSync(join(extension, 'bench-module.js'), `document.body.insertAdjacentHTML('beforeend', '<p elementtiming="week">This week</p>');`);
  writeFileSync(join(extension, 'bench-module.html'), '<!doctype html><meta charset="utf-8"><title>module</title><script type="module" src="/bench-module.js"></script><body></body>');

  const launch = () =>
    chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    });
  type Local = { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } } };

  // A year of heavy use, written as an older version would have left it: urges, no digest.
  const older = await launch();
  try {
    const worker = older.serviceWorkers()[0] ?? (await older.waitForEvent('serviceworker'));
    const page = await older.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    const urges = Object.fromEntries(syntheticUrges(10_000, Date.now()).map((urge) => [`urge:${urge.id}`, { ...urge, v: 1 }]));
    await page.evaluate(
      async (items) => {
        const { local } = (globalThis as unknown as Local).chrome.storage;
        await local.set(items);
        // The digest this version counted as it was installed (before these urges) goes too.
        await local.remove('urgeDigest');
      },
      { ...urges, people: [{ id: 'a', name: '', relationship: 'ex', addedAt: 0, profiles: [{ key: 'instagram:someex', addedAt: 0 }] }], settings: { breathSteps: [10] } },
    );
  } finally {
    await older.close();
  }
  // Then the update: the browser starts again with a new version of the extension in its place
  // (onInstalled, reason "update"). The popup is opened the moment the new version's background
  // is running, as early as a user could: the digest may still be being counted then.
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as { version: string };
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
  const context = await launch();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    // The popup in a tab of its own, as it is a window of its own; the floor and the pause in
    // another, as a visit: the pause replaces a light page there (a site in the browser), never
    // a popup holding a year of urges, whose teardown is no part of opening a pause.
    const page = await context.newPage();
    await page.addInitScript(RECORD_FRAMES);
    const visits = await context.newPage();
    await visits.addInitScript(RECORD_FRAMES);
    const fallbacks = { count: 0 };
    let focusedAfterFrame = 0;

    const popupAsUpdateStartsMs = await openAndTime(page, `${base}popup.html`, fallbacks);
    // Let the popup finish reading every urge before the timed runs.
    await page.waitForSelector('.urge-log > li');
    await page.waitForTimeout(1_000);
    let pass: unknown;
    while (typeof (pass = await page.evaluate(async () => (await (globalThis as unknown as Local).chrome.storage.local.get('pausePass')).pausePass)) !== 'string') {
      await page.waitForTimeout(100);
    }

    const timings = { popup: [] as number[], afterUpdate: [] as number[], bare: [] as number[], module: [] as number[], pause: [] as number[] };
    for (let run = 0; run < runs; run++) {
      timings.bare.push(await openAndTime(visits, `${base}bench-bare.html`, fallbacks));
      timings.module.push(await openAndTime(visits, `${base}bench-module.html`, fallbacks));
      // The first popup after an update: the copy of the first frame kept in page storage is of
      // the older version's shape and cannot be used, so the popup reads the digest the update
      // counted. (Dropping the copy puts the popup in that state again.)
      await page.evaluate(() => localStorage.clear());
      // Each popup opens fresh, as a popup does: the one before is left for a light page first
      // (its teardown, a year of urges in memory, is no part of opening the next).
      await page.goto(`${base}bench-bare.html`);
      timings.afterUpdate.push(await openAndTime(page, `${base}popup.html`, fallbacks));
      await page.waitForTimeout(600);
      await page.goto(`${base}bench-bare.html`);
      timings.popup.push(await openAndTime(page, `${base}popup.html`, fallbacks));
      // The popup reads every urge once its first frame is shown; that is not part of opening.
      await page.waitForTimeout(600);
      // As the request rules send a visit: with this installation's pass, so it is saved.
      const pauseUrl = `${base}pause.html?via=load&pass=${pass as string}&url=https://www.instagram.com/someex/`;
      // Interactive: the frame that shows "Go back" with the focus on it, ready for Enter. Timed as
      // the floor is, when the frame was presented; had the focus come only after that frame,
      // the moment it came stands in (counted: it should never happen).
      const shown = await openAndTime(visits, pauseUrl, fallbacks, 'go-back');
      const focused = await visits.evaluate(() => (globalThis as { __benchGoBackFocused?: number }).__benchGoBackFocused ?? null);
      if (focused === null) throw new Error('The pause page never focused "Go back"');
      if (focused > shown) focusedAfterFrame++;
      timings.pause.push(Math.max(shown, focused));
    }
    return {
      popupWeekMs: median(timings.popup),
      popupFirstAfterUpdateMs: median(timings.afterUpdate),
      popupAsUpdateStartsMs,
      barePageMs: median(timings.bare),
      bareModulePageMs: median(timings.module),
      pauseInteractiveMs: median(timings.pause),
      framesWithoutElementTiming: fallbacks.count,
      pauseFocusedAfterFrame: focusedAfterFrame,
    };
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}
