/**
 * "Keep them out of my feeds" in the extension's Firefox build (.output/firefox-mv2) in Debian's
 * Firefox ESR: on every network's stand-in feed (tests/e2e/harness/pages/feeds/), their posts,
 * story-tray items, comments, suggestions and search suggestions, in the first HTML and inserted
 * later, are never visible in any animation frame, and their media never plays, while everyone
 * else's are. The feed script is registered (contentScripts.register) only while someone's
 * choice is on: turned off, the same things of theirs show again. The quiet line, when chosen,
 * keeps its words from the site, and its "Show" (reached with the keyboard) opens the pause.
 *
 * Firefox ESR has no Element Timing: "never painted" rests on the stand-in page's own check in
 * every animation frame after a thing was inserted (html/body not hidden, checkVisibility, a box
 * of its own), which the Chromium spec proves agrees with Element Timing.
 */
import type { Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { describe, expect } from 'vitest';
import { FEED_HOSTS, LEARNED_IDS, samWithFeeds } from './harness/feed-hosts';
import { firefoxTest as test } from './harness/fixtures';
import type { FirefoxSession } from './harness/firefox';
import { feedPageUrl, type FeedReport, type StandInSites } from './harness/stand-in-sites';

// The extension's `browser` object, as callbacks passed to page.evaluate() see it in its pages.
declare const browser: Browser.Browser;

const NETWORKS = Object.keys(FEED_HOSTS);

async function store(extensionPage: Page, items: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate((value) => browser.storage.local.set(value), items);
}

/** One fresh load of a network's stand-in feed, and its final report. */
async function openFeed(page: Page, sites: StandInSites, network: string): Promise<FeedReport> {
  sites.reset();
  await page.goto(feedPageUrl(FEED_HOSTS[network]!));
  return sites.waitForFeedDone(network);
}

const theirs = (report: FeedReport) => report.items.filter((item) => item.id.startsWith('theirs:'));
const others = (report: FeedReport) => report.items.filter((item) => item.id.startsWith('others:'));
const shown = (item: FeedReport['items'][number]) => item.visibleFrames > 0;

/** Loads the Instagram stand-in until the script has (or has not) come with it: registration is asynchronous. */
async function untilScript(page: Page, sites: StandInSites, running: boolean): Promise<void> {
  await expect
    .poll(async () => theirs(await openFeed(page, sites, 'instagram')).some(shown), { message: running ? 'the feed script to be registered' : 'the feed script to be unregistered', timeout: 30_000, interval: 200 })
    .toBe(!running);
}

describe('with the choice on', () => {
  test.beforeEach(async ({ extensionPage, page, sites }) => {
    await store(extensionPage, { people: samWithFeeds(true), learnedIds: LEARNED_IDS, settings: {} });
    await untilScript(page, sites, true);
  });

  test.for(NETWORKS)('%s: their things are never visible in a frame, everyone else’s are', async (network, { page, sites }) => {
    const report = await openFeed(page, sites, network);
    expect(theirs(report).length).toBeGreaterThan(2);
    expect(others(report).length).toBeGreaterThan(2);
    for (const item of report.items) expect(item.frames, item.id).toBeGreaterThan(0);
    expect(theirs(report).filter(shown).map((item) => item.id)).toEqual([]);
    expect(theirs(report).filter((item) => item.mediaPlayed).map((item) => item.id)).toEqual([]);
    expect(others(report).filter((item) => !shown(item)).map((item) => item.id)).toEqual([]);
    expect(new Set(theirs(report).map((item) => item.inserted))).toEqual(new Set(['html', 'later']));
  });
});

test('turned off, the feed script goes and their things show as anyone’s', async ({ extensionPage, page, sites }) => {
  await store(extensionPage, { people: samWithFeeds(true), learnedIds: LEARNED_IDS, settings: {} });
  await untilScript(page, sites, true);
  // As the cooling-off ends (the background writes the person with the choice off).
  await store(extensionPage, { people: samWithFeeds(false) });
  await untilScript(page, sites, false);
  const report = await openFeed(page, sites, 'x');
  expect(theirs(report).filter((item) => !shown(item)).map((item) => item.id)).toEqual([]);
});

describe('the quiet line, when chosen', () => {
  /** The pause page in a tab the line's "Show" opened, once drawn (BiDi does not follow it into the extension's page). */
  async function pauseOpened(firefox: FirefoxSession, before: Set<Page>): Promise<Page> {
    let pause: Page | undefined;
    await expect
      .poll(
        async () => {
          for (const tab of await firefox.browser.pages()) {
            if (before.has(tab)) continue;
            const drawn = await tab.evaluate(() => location.href.includes('/pause.html') && document.querySelector('h1') !== null).catch(() => false);
            if (drawn) pause = tab;
          }
          return pause !== undefined;
        },
        { message: 'the pause in a tab of its own', timeout: 15_000, interval: 100 },
      )
      .toBe(true);
    return pause!;
  }

  test('its words are out of the site’s reach, and “Show”, reached with the keyboard, is an urge from a feed, through the pause', async ({ extensionPage, firefox, page, sites }) => {
    await store(extensionPage, { people: samWithFeeds(true), learnedIds: LEARNED_IDS, settings: { feedPlaceholder: true, breathSteps: [1] } });
    const urges = async () => Object.entries(await extensionPage.evaluate(() => browser.storage.local.get(null))).filter(([key]) => key.startsWith('urge:')).map(([, urge]) => urge as { profileKey: string; source: string; outcome: string });
    for (const [key] of Object.entries(await extensionPage.evaluate(() => browser.storage.local.get(null))).filter(([key]) => key.startsWith('urge:'))) {
      await extensionPage.evaluate((gone) => browser.storage.local.remove(gone), key);
    }
    await untilScript(page, sites, true);
    const report = await openFeed(page, sites, 'x');
    expect(theirs(report).filter(shown).map((item) => item.id)).toEqual([]);
    // The line's words are in a closed shadow root: the page reads an empty element where it is.
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Hidden: something from Sam');
    const hosts = await page.evaluate(() => {
      const lines = [...document.querySelectorAll('div')].filter((element) => element.childNodes.length === 0 && (element.nextElementSibling as HTMLElement | null)?.style.display === 'none');
      (globalThis as { firstLine?: Element }).firstLine = lines[0];
      return lines.length;
    });
    expect(hosts).toBeGreaterThan(0);
    // As a keyboard user gets there: Tab until the focus is in the first line (the page sees its
    // host focused), then Enter on its only control, "Show".
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let step = 0; step < 200 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement === (globalThis as { firstLine?: Element }).firstLine);
    }
    expect(reached).toBe(true);
    const before = new Set(await firefox.browser.pages());
    await page.keyboard.press('Enter');
    const pause = await pauseOpened(firefox, before);
    expect(await pause.evaluate(() => document.body.innerText)).toContain('X @someex');
    await pause.locator('button ::-p-text(Go back)').click();
    await expect.poll(async () => (await urges()).map((urge) => `${urge.profileKey} ${urge.source} ${urge.outcome}`), { message: 'the urge to be logged' }).toEqual(['x:someex feed turned-back']);
  });
});
