/**
 * "Keep them out of my feeds" in the extension's Chrome build: on every network's stand-in feed
 * (tests/e2e/harness/pages/feeds/, each saying which real structure it follows), their posts,
 * reposts, story-tray items, comments, suggestions and search suggestions, in the first HTML and
 * inserted later, report no painted frame (Element Timing and the page's own per-frame check),
 * and their media never plays, while everyone else's things are painted. The feed script is
 * registered only while someone's choice is on: with it off the same things of theirs are shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { FEED_HOSTS, LEARNED_IDS, samWithFeeds } from './harness/feed-hosts';
import { test } from './harness/fixtures';
import { answerPause, type ExtensionControl, waitForPause } from './harness/interception';
import { feedPageUrl, type FeedReport, type StandInSites } from './harness/stand-in-sites';

// The extension's `chrome` object, as callbacks passed to page.evaluate() see it in its pages.
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };

const NETWORKS = Object.keys(FEED_HOSTS);

/** The feed script's registration, as the browser keeps it. */
async function registered(control: ExtensionControl): Promise<string[]> {
  const page = await control.open();
  return page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
}

async function openFeed(page: Page, sites: StandInSites, network: string): Promise<FeedReport> {
  await page.goto(feedPageUrl(FEED_HOSTS[network]!));
  return sites.waitForFeedDone(network);
}

const theirs = (report: FeedReport) => report.items.filter((item) => item.id.startsWith('theirs:'));
const others = (report: FeedReport) => report.items.filter((item) => item.id.startsWith('others:'));
const painted = (item: FeedReport['items'][number]) => item.elementTiming || item.visibleFrames > 0;

describe('with the choice on', () => {
  test.beforeEach(async ({ control }) => {
    await control.set({ people: samWithFeeds(true), learnedIds: LEARNED_IDS, settings: {} });
    await expect.poll(() => registered(control), { message: 'the feed script to be registered' }).toEqual(['lettingGoFeeds']);
  });

  test.for(NETWORKS)('%s: their things are never painted, everyone else’s are', async (network, { page, sites }) => {
    const report = await openFeed(page, sites, network);
    expect(report.elementTimingSupported).toBe(true);
    expect(theirs(report).length).toBeGreaterThan(2);
    expect(others(report).length).toBeGreaterThan(2);
    // Every item was watched for its frames (none lost to a page that left early).
    for (const item of report.items) expect(item.frames, item.id).toBeGreaterThan(0);
    expect(theirs(report).filter(painted).map((item) => item.id)).toEqual([]);
    expect(theirs(report).filter((item) => item.mediaPlayed).map((item) => item.id)).toEqual([]);
    expect(others(report).filter((item) => !painted(item)).map((item) => `${item.id} ${JSON.stringify(item)}`)).toEqual([]);
    // Both kinds, in the first HTML and inserted later, were on the page.
    expect(new Set(theirs(report).map((item) => item.inserted))).toEqual(new Set(['html', 'later']));
  });

  test('the page holds no attribute or class naming them, and the count of things kept out of sight grows, never what', async ({ page, sites, control }) => {
    await control.remove(['hiddenCounts']);
    await openFeed(page, sites, 'x');
    const named = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name !== 'href' && name !== 'aria-label' && name !== 'data-testid' && name !== 'elementtiming' && name !== 'data-href-later' && name !== 'data-recycle-to')
          .map((name) => `${name}=${element.getAttribute(name)}`)
          .filter((text) => /someex|lettinggo|letting-go/i.test(text)),
      ),
    );
    expect(named).toEqual([]);
    await expect.poll(async () => Object.values((await control.get('hiddenCounts')) ?? {}), { message: 'a count for today' }).toEqual([expect.any(Number)]);
    expect(JSON.stringify(await control.get('hiddenCounts'))).not.toMatch(/someex/);
  });
});

describe('with the choice off', () => {
  test.beforeEach(async ({ control }) => {
    // Listed before the choice existed (absent), with their profiles still paused.
    await control.set({ people: samWithFeeds(undefined), learnedIds: {}, settings: {} });
    await expect.poll(() => registered(control), { message: 'the feed script to be unregistered' }).toEqual([]);
  });

  test('the feed script is not registered, and their things show as anyone’s', async ({ page, sites }) => {
    const report = await openFeed(page, sites, 'instagram');
    expect(theirs(report).filter((item) => !painted(item)).map((item) => item.id)).toEqual([]);
  });
});

describe('the quiet line, when chosen', () => {
  test.beforeEach(async ({ control }) => {
    await control.set({ people: samWithFeeds(true), learnedIds: LEARNED_IDS, settings: { feedPlaceholder: true, breathSteps: [1] } });
    await control.removeUrges();
    await control.endAllowances();
    await expect.poll(() => registered(control), { message: 'the feed script to be registered' }).toEqual(['lettingGoFeeds']);
  });

  test('names them where the site cannot read it, and “Show” is an urge from a feed, through the pause', async ({ chromium, control, page, sites }) => {
    const report = await openFeed(page, sites, 'x');
    expect(theirs(report).filter(painted).map((item) => item.id)).toEqual([]);
    // The line's words are in a closed shadow root: the page sees an empty element.
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Hidden: something from Sam');
    // The browser's own view of the page (DevTools) reaches into it; a user clicks "Show".
    const cdp = await page.context().newCDPSession(page);
    type DomNode = { nodeId: number; nodeName: string; nodeValue?: string; children?: DomNode[]; shadowRoots?: (DomNode & { shadowRootType?: string })[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const lines: { text: string; button: number }[] = [];
    const walk = (node: DomNode, closed: boolean) => {
      if (closed && node.nodeName === 'P') {
        const text = (node.children ?? []).filter((child) => child.nodeName === '#text').map((child) => child.nodeValue).join('');
        const button = (node.children ?? []).find((child) => child.nodeName === 'BUTTON');
        if (button !== undefined) lines.push({ text, button: button.nodeId });
      }
      for (const shadow of node.shadowRoots ?? []) walk(shadow, shadow.shadowRootType === 'closed');
      for (const child of node.children ?? []) walk(child, closed);
    };
    walk(root, false);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((line) => line.text))).toEqual(new Set(['Hidden: something from Sam']));
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: lines[0]!.button });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: lines[0]!.button })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    const opened = chromium.context.waitForEvent('page');
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    const pause = await opened;
    await waitForPause(chromium, pause, 'X @someex');
    await answerPause(pause);
    await pause.getByRole('button', { name: 'Go back' }).click();
    await expect.poll(async () => (await control.urges())[0]?.outcome, { message: 'the urge to be logged' }).toBe('turned-back');
    expect(await control.urges()).toEqual([expect.objectContaining({ profileKey: 'x:someex', source: 'feed', outcome: 'turned-back' })]);
  });
});
