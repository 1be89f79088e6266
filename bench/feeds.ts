import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/*
 * What the feed script costs a page: a stand-in X home feed (served by the bench itself through
 * Playwright's routing, so no request leaves the machine) appends 1,000 posts in batches of 50,
 * one task each, as infinite scroll does; one post in 50 is the listed person's (a repost, a
 * reply, a quote). The page's main-thread time (Chromium's TaskDuration, every task of the
 * renderer's main thread, the extension's isolated world included) is measured from its start to
 * the last batch, with the feed script (someone's "Keep them out of my feeds" on) and without it
 * (the same extension and list, the choice off: the guard runs in both). Runs alternate; each
 * figure is the median.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILD = resolve('.output/chrome-mv3');
const POSTS = 1000;
const BATCH = 50;

export interface FeedTimings {
  readonly withMs: number;
  readonly withoutMs: number;
  readonly ratio: number;
  /** How many of their posts the script hid in the last run (checks it ran). */
  readonly hidden: number;
  readonly runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function feedPage(): string {
  const post = (n: number) => {
    const theirs = n % 50 === 7;
    const author = theirs ? 'someex' : `friend_${n % 97}`;
    return `<div data-testid="cellInnerDiv"><article role="article" data-testid="tweet"><div data-testid="User-Name"><a href="/${author}" role="link"><span>Person ${n % 97}</span></a><a href="/${author}"><span>@${author}</span></a></div><div data-testid="tweetText" lang="en">Post number ${n}, with a few words to lay out, and a <a href="/hashtag/news">#news</a> tag.</div><a href="/${author}/status/${1_000_000 + n}"><time datetime="2026-11-20T12:00:00.000Z">Nov 20</time></a><div role="group"><button data-testid="reply">Reply</button><button data-testid="retweet">Repost</button><button data-testid="like">Like</button></div></article></div>`;
  };
  const batches = Array.from({ length: POSTS / BATCH }, (_, batch) => Array.from({ length: BATCH }, (_, index) => post(batch * BATCH + index)).join(''));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X (bench)</title></head>
<body><main role="main"><div aria-label="Timeline: Your Home Timeline"><div id="feed"></div></div></main>
<script>
  const batches = ${JSON.stringify(batches)};
  const feed = document.getElementById('feed');
  let next = 0;
  const step = () => {
    const holder = document.createElement('template');
    holder.innerHTML = batches[next++];
    feed.append(holder.content);
    if (next < batches.length) setTimeout(step, 0);
    else requestAnimationFrame(() => setTimeout(() => (window.__done = true), 50));
  };
  setTimeout(step, 0);
</script></body></html>`;
}

type Local = {
  chrome: {
    storage: { local: { set(v: object): Promise<void> } };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  };
};

async function setChoice(context: BrowserContext, base: string, on: boolean): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${base}options.html`);
  const people = [{ id: 'sam', name: 'Sam', relationship: 'ex', addedAt: 0, hideInFeeds: on, profiles: [{ key: 'x:someex', addedAt: 0 }] }];
  await page.evaluate((value) => (globalThis as unknown as Local).chrome.storage.local.set({ people: value }), people);
  await page.waitForFunction(async (wanted) => (await (globalThis as unknown as Local).chrome.scripting.getRegisteredContentScripts()).length === (wanted ? 1 : 0), on, { polling: 100 });
  await page.close();
}

/** One load of the stand-in feed: the main thread's busy time until its last batch is on screen. */
async function timeOnce(context: BrowserContext): Promise<{ ms: number; hidden: number }> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => (window as { __done?: boolean }).__done === true, null, { polling: 50, timeout: 30_000 });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
  const hidden = await page.evaluate(() => [...document.querySelectorAll('[data-testid=cellInnerDiv]')].filter((cell) => getComputedStyle(cell).display === 'none').length);
  await page.close();
  return { ms: task * 1000, hidden };
}

export async function benchFeeds(runs = 15): Promise<FeedTimings | string> {
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(BUILD, 'manifest.json'))) return 'skipped: build the extension first (npm run build)';
  const work = mkdtempSync(join(tmpdir(), 'letting-go-bench-feeds-'));
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Nothing reaches a real host: the feed is answered by the route below.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--disable-extensions-except=${BUILD}`,
      `--load-extension=${BUILD}`,
    ],
  });
  try {
    const html = feedPage();
    await context.route('https://x.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    const withScript: number[] = [];
    const without: number[] = [];
    let hidden = 0;
    // One warm-up of each, not counted.
    for (let run = -1; run < runs; run++) {
      await setChoice(context, base, false);
      const off = await timeOnce(context);
      await setChoice(context, base, true);
      const on = await timeOnce(context);
      if (run < 0) continue;
      without.push(off.ms);
      withScript.push(on.ms);
      hidden = on.hidden;
    }
    const withMs = median(withScript);
    const withoutMs = median(without);
    return { withMs, withoutMs, ratio: withMs / withoutMs, hidden, runs };
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}
