/**
 * How fast the interception is, in the real extension in Debian's Chromium against the stand-in
 * sites: measured over 20 runs each and printed (console.log) for the closing note. Nothing here
 * is asserted about speed (a loaded 2-core machine says little about a user's); the runs only
 * check that each one did end on the pause page, so that a number always describes a stop.
 *
 * Run alone: npx vitest run --config vitest.e2e.config.ts tests/e2e/interception-timing.chromium.test.ts
 *
 * What is measured, all with the browser's own clocks (performance.timeOrigin + performance.now(),
 * in ms since the epoch, comparable across the two documents of one navigation):
 * - full load: from the moment a page starts the navigation (location.href = profile, as a link
 *   does) to the pause page's first contentful paint (its text:
 *   nothing of it is painted before it renders, and the previous page stays on screen until then);
 * - in-app: from the moment the site's code calls history.pushState (a click on its in-app link)
 *   to the moment <html> is display:none, read synchronously when pushState returns (so it is an
 *   upper bound); and from that pushState to the pause page's first contentful paint.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import { waitForPause } from './harness/interception';

const RUNS = 20;
const PROFILE = 'https://www.instagram.com/someex/';

test.beforeEach(async ({ control }) => {
  await control.listProfiles(['instagram:someex']);
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const describeRuns = (xs: number[]): string =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;

/** The pause page's first contentful paint, in ms since the epoch. */
async function pauseShownAt(chromium: ChromiumSession, page: Page): Promise<number> {
  await waitForPause(chromium, page, 'Instagram @someex');
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const fcp = list.getEntriesByName('first-contentful-paint')[0];
          if (!fcp) return;
          observer.disconnect();
          resolve(performance.timeOrigin + fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

test(`full load to the pause page (${RUNS} runs)`, async ({ chromium, page, sites }) => {
  const viaLink: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    sites.reset();
    await page.goto('https://news.example.test/');
    const startedAt = await page.evaluate((url) => {
      const t0 = performance.timeOrigin + performance.now();
      location.href = url; // the navigation starts asynchronously, after this returns
      return t0;
    }, PROFILE);
    viaLink.push((await pauseShownAt(chromium, page)) - startedAt);
    expect(sites.requests({ path: '/someex/' })).toEqual([]);
  }
  console.log(`full load, location.href = profile → pause page painted: ${describeRuns(viaLink)}`);
});

test(`in-app navigation: pushState to hidden, and to the pause page (${RUNS} runs)`, async ({ chromium, sites }) => {
  const toHidden: number[] = [];
  const toPause: number[] = [];
  let hiddenInPushState = 0;
  let page: Page | undefined;
  for (let run = 0; run < RUNS; run++) {
    sites.reset();
    // A fresh tab each run: the background's second layer may still act on the previous one
    // ~300 ms after its history change (see the app tests' "Go back pressed at once").
    await page?.close();
    page = await chromium.newPage();
    await page.goto('https://www.instagram.com/');
    const m = await page.evaluate(() => {
      const root = document.documentElement;
      const result = { t0: 0, t1: 0, hidden: false };
      const push = history.pushState;
      history.pushState = function (...args: Parameters<History['pushState']>) {
        result.t0 = performance.now();
        push.apply(this, args);
        result.t1 = performance.now();
        result.hidden = getComputedStyle(root).display === 'none';
      };
      // The site's in-app link, clicked as a user would (its handler calls pushState, then renders).
      (document.querySelector('a[data-path="/someex/"][data-mode="push-first"]') as HTMLAnchorElement).click();
      return { ...result, origin: performance.timeOrigin };
    });
    if (m.hidden) {
      hiddenInPushState++;
      toHidden.push(m.t1 - m.t0);
    }
    toPause.push((await pauseShownAt(chromium, page)) - (m.origin + m.t0));
  }
  console.log(
    `in-app, pushState → <html> hidden (when pushState returns; performance.now() is coarsened to 0.1 ms): ${describeRuns(toHidden)}; hidden before pushState returned in ${hiddenInPushState}/${RUNS} runs`,
  );
  console.log(`in-app, pushState → pause page painted: ${describeRuns(toPause)}`);
  // Not a speed: "hidden in the same task as the history change" is the promise itself.
  expect(hiddenInPushState).toBe(RUNS);
});
