/**
 * "Pause searches for them" in Firefox (the MV2 build, .output/firefox-mv2), against stand-in
 * search engines and networks: with the choice on and the search engines' access given (the
 * preference that answers the permission prompt, then the user's click: harness/optional-permissions.ts),
 * a search for a listed person, typed into a search box or loaded as an address, on each engine
 * and each network's search, is paused before any request carrying it reaches the site (Firefox
 * decides on each request before it is sent); other searches, a near miss included, go through.
 */
import type { Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { expect } from 'vitest';
import { firefoxTest as test } from './harness/fixtures';
import type { FirefoxSession } from './harness/firefox';
import { startingWith } from './harness/interception';
import { FIREFOX_GRANTS_OPTIONAL_PERMISSIONS } from './harness/optional-permissions';
import { ENGINE_DOMAINS, ENGINES, NETWORK_SEARCH_LOADS, requestsForSam, requestsWith, SAM, SEARCH_SETTINGS } from './harness/search';

declare const browser: Browser.Browser;

test.override('firefoxOptions', { extraPrefs: FIREFOX_GRANTS_OPTIONAL_PERMISSIONS, extraDomains: [...ENGINE_DOMAINS] });

interface TabState {
  href: string;
  text: string;
}

const tabState = (page: Page): Promise<TabState | undefined> =>
  page.evaluate(() => ({ href: location.href, text: document.body?.innerText ?? '' })).catch(() => undefined); // the document is being replaced

/** Waits until the tab shows the pause for a search for Sam, and returns its address. */
async function waitForSearchPause(firefox: FirefoxSession, page: Page): Promise<string> {
  let state: TabState | undefined;
  await expect
    .poll(async () => (state = await tabState(page)), { message: 'the tab to show the pause for a search', interval: 50 })
    .toMatchObject({ href: expect.stringMatching(startingWith(firefox.extensionUrl('pause.html'))), text: expect.stringContaining('You were about to search for Sam Okonkwo.') });
  return state!.href;
}

/** Starts a navigation without awaiting it (it never resolves into an extension page over BiDi). */
const visit = (page: Page, url: string) => void page.goto(url).catch(() => undefined);

/** Waits until the tab shows the stand-in's results at exactly this address. */
async function waitForResults(page: Page, url: string): Promise<void> {
  await expect.poll(async () => await tabState(page), { message: `results at ${url}` }).toMatchObject({ href: url, text: expect.stringContaining('Results') });
}

test.beforeEach(async ({ firefox, extensionPage }) => {
  const people = (await extensionPage.evaluate(async () => (await browser.storage.local.get('people')).people)) as { search?: { on: boolean } }[] | undefined;
  await extensionPage.evaluate(async () => {
    const all = await browser.storage.local.get(null);
    await browser.storage.local.remove(['allowances', 'urgeDigest', ...Object.keys(all).filter((key) => key.startsWith('urge:'))]);
  });
  if (people?.[0]?.search?.on === true) return;
  await extensionPage.evaluate((settings, sam) => browser.storage.local.set({ settings, people: [sam] }), SEARCH_SETTINGS, SAM);
  // The user turns the choice on, on the settings page: the click asks for the search engines'
  // access, which the preference grants without its prompt.
  // (Opened afresh: a reload of an extension page never resolves over BiDi, as page.goto does not.)
  await firefox.openExtensionPage('options.html', extensionPage);
  await expect.poll(() => extensionPage.evaluate(() => document.querySelector('.person-search input[type=checkbox]') !== null), { message: 'the settings page' }).toBe(true);
  await extensionPage.locator('.person-search input[type=checkbox]').click();
  await expect
    .poll(() => extensionPage.evaluate(() => document.body.innerText), { message: 'the engines to be covered' })
    .toMatch(/Covered on the search engines Google, Bing, DuckDuckGo, Yahoo, Ecosia, Brave Search, Startpage, Yandex/);
  expect(await extensionPage.evaluate(() => browser.permissions.contains({ origins: ['*://*.google.de/*', '*://*.yandex.com/*'] }))).toBe(true);
});

test('a search for them typed into each engine is paused before it is sent', async ({ firefox, page, sites }) => {
  for (const engine of ENGINES) {
    await page.goto(engine.home);
    await page.type('#box', 'sam okonkwo');
    await page.keyboard.press('Enter');
    expect(await waitForSearchPause(firefox, page), engine.name).not.toMatch(/okonkwo/i);
  }
  expect(requestsForSam(sites)).toEqual([]);
});

test('a search for them loaded as an address, on each engine and each network, never reaches the site', async ({ firefox, page, sites }) => {
  const words = ['Sam Okonkwo', 'OKONKWO sam', '"sam  okonkwo"', 'sam.okonkwo92', '@sam.okonkwo92'];
  for (const [index, engine] of ENGINES.entries()) {
    visit(page, engine.search(words[index % words.length]!));
    expect(await waitForSearchPause(firefox, page), engine.name).not.toMatch(/okonkwo/i);
  }
  for (const url of NETWORK_SEARCH_LOADS) {
    visit(page, url);
    expect(await waitForSearchPause(firefox, page), url).not.toMatch(/okonkwo/i);
  }
  expect(requestsForSam(sites)).toEqual([]);
});

test('a network’s in-app search for them is stopped before the page asks for results; another goes on', async ({ firefox, page, sites }) => {
  for (const host of ['x.com', 'www.instagram.com']) {
    await page.goto(`https://${host}/__search-app`);
    await page.type('#box', 'Sam Okonkwo');
    await page.keyboard.press('Enter');
    expect(await waitForSearchPause(firefox, page)).not.toMatch(/okonkwo/i);
  }
  expect(requestsForSam(sites)).toEqual([]);
  await page.goto('https://x.com/__search-app');
  await page.type('#box', 'weather in lagos');
  await page.keyboard.press('Enter');
  await waitForResults(page, 'https://x.com/search?q=weather%20in%20lagos');
  expect(requestsWith(sites, /weather in lagos/).map((request) => request.path)).toContain('/api/search');
});

test('a search for them sent in a form’s body (Startpage, DuckDuckGo’s HTML version) is stopped before it is posted', async ({ firefox, page, sites }) => {
  for (const home of ['https://www.startpage.com/__post', 'https://html.duckduckgo.com/__post']) {
    await page.goto(home);
    // Leaving the pause page (an extension page) for a site, the page's realm may still be
    // switching when goto returns: wait until the site's search box can be reached.
    await expect.poll(() => page.$('#box').then(Boolean, () => false), { message: `the search box of ${home}` }).toBe(true);
    await page.type('#box', 'sam okonkwo');
    await page.keyboard.press('Enter');
    expect(await waitForSearchPause(firefox, page)).not.toMatch(/okonkwo/i);
  }
  expect(sites.requests({ method: 'POST' })).toEqual([]);
  await page.goto('https://www.startpage.com/__post');
  await page.type('#box', 'weather in lagos');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await tabState(page))?.text ?? '', { message: 'the results' }).toContain('Results');
  expect(sites.requests({ method: 'POST' }).map((request) => request.path)).toEqual(['/sp/search']);
});

test('other searches pass untouched: someone else, the same first name, a near miss', async ({ page, sites }) => {
  for (const words of ['weather in lagos', 'sam smith', 'samantha okonkwo', 'okonkwo', 'sam']) {
    const engine = ENGINES[words.length % ENGINES.length]!;
    visit(page, engine.search(words));
    await waitForResults(page, engine.search(words));
  }
  expect(requestsWith(sites, /weather in lagos/)).toHaveLength(1);
  expect(requestsWith(sites, /samantha okonkwo/)).toHaveLength(1);
});

test('Go back returns to where the user was; Continue lets that one search through; the urge is a search for Sam', async ({ firefox, extensionPage, page, sites }) => {
  await page.goto('https://www.google.de/');
  await page.type('#box', 'sam okonkwo photos');
  await page.keyboard.press('Enter');
  await waitForSearchPause(firefox, page);
  expect((await tabState(page))?.text).not.toMatch(/photos/);
  await page.locator('button.go-back').click();
  await expect.poll(async () => (await tabState(page))?.href, { message: 'the page the search was typed on' }).toBe('https://www.google.de/');
  expect(requestsForSam(sites)).toEqual([]);

  const url = ENGINES[1]!.search('sam okonkwo');
  visit(page, url);
  await waitForSearchPause(firefox, page);
  // After the breath, the one question (the second pause of the day asks how strong the urge is).
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('input[type=radio], input[type=checkbox]').length), { message: 'the question' }).toBeGreaterThan(0);
  await page.locator('fieldset input').click();
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Continue to the search')?.disabled), { message: 'Continue' }).toBe(false);
  await page.locator('button.quiet-action').click();
  await waitForResults(page, url);
  expect(requestsForSam(sites)).toHaveLength(1);

  const urges = async () =>
    Object.entries(await extensionPage.evaluate(() => browser.storage.local.get(null)))
      .filter(([key]) => key.startsWith('urge:'))
      .map(([, urge]) => urge as { source: string; personId?: string; outcome: string; at: number });
  await expect.poll(async () => (await urges()).map((urge) => urge.outcome).sort(), { message: 'both urges' }).toEqual(['continued', 'turned-back']);
  for (const urge of await urges()) expect(urge).toMatchObject({ source: 'search', personId: 'sam' });
  expect(JSON.stringify(await extensionPage.evaluate(() => browser.storage.local.get(null)))).not.toMatch(/photos/);
});
