/**
 * "Pause searches for them" in Chromium, against stand-in search engines and networks: with the
 * choice on and the search engines' access given (as a user gives it: harness/optional-permissions.ts),
 * a search for a listed person, typed into a search box or loaded as an address, on each engine
 * and each network's search, is paused before any request carrying it reaches the site; other
 * searches, a near miss included, reach the site as asked. The pause names the person, never
 * the words; "Go back" returns to where the user was; "Continue" lets that one search through;
 * the urge is logged as a search, for the person, without the words, and the log shows it so in
 * the popup and the weekly summary.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import { formatViolations, runAxe } from './harness/axe';
import { answerPause, startingWith } from './harness/interception';
import { grantHostsInChromium, optionalHosts } from './harness/optional-permissions';
import { ENGINE_DOMAINS, ENGINES, NETWORK_SEARCH_LOADS, requestsForSam, requestsWith, SAM, SEARCH_SETTINGS } from './harness/search';
import { chromeBuild } from './harness/builds';

declare const chrome: { permissions: { contains(permissions: { origins: string[] }): Promise<boolean> } };

test.override('chromiumOptions', { extraDomains: [...ENGINE_DOMAINS] });

/** Waits until the tab shows the pause for a search for Sam, and returns its address. */
async function waitForSearchPause(chromium: ChromiumSession, page: Page): Promise<string> {
  await expect.poll(() => page.url(), { message: 'the tab to show the pause page', interval: 10 }).toMatch(startingWith(chromium.extensionUrl('pause.html')));
  await page.getByText('You were about to search for Sam Okonkwo.', { exact: true }).waitFor();
  return page.url();
}

/** Starts a navigation that ends on an extension page (page.goto would wait for it in vain). */
const visit = (page: Page, url: string) => void page.goto(url).catch(() => undefined);

test.beforeAll(async ({ chromium, control }) => {
  await control.set({ settings: SEARCH_SETTINGS, people: [SAM] });
  // The user gives Letting Go access to the search engines in the browser's own settings…
  await grantHostsInChromium(chromium, optionalHosts(chromeBuild()));
  // …then turns the choice on: the click asks for the access, which is there already.
  const options = await chromium.newPage();
  await options.goto(chromium.extensionUrl('options.html'));
  await options.getByRole('checkbox', { name: 'Pause searches for them' }).click();
  await options.getByRole('checkbox', { name: 'Pause searches for them', checked: true }).waitFor();
  await options.getByText(/^Covered on the search engines Google, Bing, DuckDuckGo, Yahoo, Ecosia, Brave Search, Startpage, Yandex/).waitFor();
  expect(await options.evaluate(() => chrome.permissions.contains({ origins: ['*://*.google.de/*', '*://*.startpage.com/*'] }))).toBe(true);
  await options.close();
});

test.beforeEach(async ({ control }) => {
  await control.removeUrges();
  if ((await control.get('allowances')) !== undefined) await control.remove(['allowances']);
  // The searches' rules are in place (ids from 1,000,000), naming Sam's surname.
  await expect.poll(async () => /"id":1000000.*okonkwo/i.test(await control.dynamicRules()), { message: 'the search rules' }).toBe(true);
});

test('the settings page shows the terms watched beside the choice, and takes another', async ({ chromium, control }) => {
  const options = await chromium.newPage();
  await options.goto(chromium.extensionUrl('options.html'));
  const terms = options.getByRole('list', { name: 'Terms watched in searches for Sam Okonkwo' });
  await expect.poll(() => terms.getByRole('listitem').allTextContents()).toEqual(['Sam Okonkwo (their name)', '@sam.okonkwo92 (a handle)']);
  await options.getByLabel('Another name for Sam Okonkwo').fill('Sammy O');
  await options.getByRole('button', { name: 'Add term' }).click();
  await expect.poll(() => terms.getByRole('listitem').count()).toBe(3);
  // Removing it waits out the cooling-off: it is still watched, and says until when.
  await options.getByRole('button', { name: 'Stop watching “Sammy O”' }).click();
  await options.getByRole('button', { name: 'Keep watching “Sammy O”' }).waitFor();
  expect(((await control.get('people')) as { search?: { terms: string[] } }[])[0]?.search?.terms).toEqual(['Sammy O']);
  await options.getByRole('button', { name: 'Keep watching “Sammy O”' }).click();
  await options.getByRole('button', { name: 'Stop watching “Sammy O”' }).waitFor();
  await options.close();
});

test('a search for them typed into each engine is paused before it is sent, without showing the words', async ({ chromium, page, sites }) => {
  for (const engine of ENGINES) {
    await page.goto(engine.home);
    // Typed as a user types it: suggestions are asked for the letters before the name is whole.
    await page.getByRole('textbox', { name: 'Search' }).pressSequentially('sam okonkwo');
    await page.keyboard.press('Enter');
    const pause = await waitForSearchPause(chromium, page);
    expect(pause, engine.name).not.toMatch(/okonkwo/i);
  }
  expect(requestsForSam(sites)).toEqual([]);
});

test('a search for them loaded as an address, on each engine and each network, never reaches the site', async ({ chromium, page, sites }) => {
  const words = ['Sam Okonkwo', 'OKONKWO sam', '"sam  okonkwo"', 'sam.okonkwo92', '@sam.okonkwo92'];
  for (const [index, engine] of ENGINES.entries()) {
    visit(page, engine.search(words[index % words.length]!));
    expect(await waitForSearchPause(chromium, page), engine.name).not.toMatch(/okonkwo/i);
  }
  for (const url of NETWORK_SEARCH_LOADS) {
    visit(page, url);
    expect(await waitForSearchPause(chromium, page), url).not.toMatch(/okonkwo/i);
  }
  expect(requestsForSam(sites)).toEqual([]);
});

test('a network’s in-app search for them is stopped before the page asks for results; another goes on', async ({ chromium, page, sites }) => {
  for (const host of ['x.com', 'www.instagram.com', 'www.tiktok.com']) {
    await page.goto(`https://${host}/__search-app`);
    await page.getByRole('textbox', { name: 'Search' }).fill('Sam Okonkwo');
    await page.keyboard.press('Enter');
    expect(await waitForSearchPause(chromium, page)).not.toMatch(/okonkwo/i);
  }
  expect(requestsForSam(sites)).toEqual([]);
  await page.goto('https://x.com/__search-app');
  await page.getByRole('textbox', { name: 'Search' }).fill('weather in lagos');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  expect(page.url()).toBe('https://x.com/search?q=weather%20in%20lagos');
  expect(requestsWith(sites, /weather in lagos/).map((request) => request.path)).toContain('/api/search');
});

test('a search for them sent in a form’s body (Startpage, DuckDuckGo’s HTML version) is stopped before it is posted', async ({ chromium, page, sites }) => {
  for (const home of ['https://www.startpage.com/__post', 'https://html.duckduckgo.com/__post']) {
    await page.goto(home);
    await page.getByRole('textbox', { name: 'Search' }).fill('sam okonkwo');
    await page.keyboard.press('Enter');
    expect(await waitForSearchPause(chromium, page)).not.toMatch(/okonkwo/i);
  }
  expect(sites.requests({ method: 'POST' })).toEqual([]);
  // Another search is posted as the page meant it.
  await page.goto('https://www.startpage.com/__post');
  await page.getByRole('textbox', { name: 'Search' }).fill('weather in lagos');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  expect(sites.requests({ method: 'POST' }).map((request) => request.path)).toEqual(['/sp/search']);
});

test('other searches pass untouched: someone else, the same first name, a near miss', async ({ page, sites }) => {
  for (const words of ['weather in lagos', 'sam smith', 'samantha okonkwo', 'okonkwo', 'sam']) {
    const engine = ENGINES[words.length % ENGINES.length]!;
    // A near miss of the request rules' pre-filter takes a short detour by the pause page, which
    // finds it names no one listed and lets it straight on.
    visit(page, engine.search(words));
    await expect.poll(() => page.url(), { message: words }).toBe(engine.search(words));
    await page.getByRole('heading', { name: 'Results' }).waitFor();
  }
  visit(page, 'https://x.com/search?q=samantha%20okonkwo');
  await expect.poll(() => page.url()).toBe('https://x.com/search?q=samantha%20okonkwo');
  // Each reached its site once, as asked.
  expect(requestsWith(sites, /weather in lagos/)).toHaveLength(1);
  expect(requestsWith(sites, /samantha okonkwo/)).toHaveLength(2);
});

test('Go back returns to where the user was; the urge is a search for Sam, without the words', async ({ chromium, control, page, sites }) => {
  await page.goto('https://www.google.de/');
  await page.getByRole('textbox', { name: 'Search' }).fill('sam okonkwo photos');
  await page.keyboard.press('Enter');
  await waitForSearchPause(chromium, page);
  expect(await page.locator('body').textContent()).not.toMatch(/photos/);
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect.poll(() => page.url(), { message: 'the page the search was typed on' }).toBe('https://www.google.de/');
  await expect.poll(async () => (await control.urges())[0]?.outcome).toBe('turned-back');
  const [urge] = await control.urges();
  expect(urge).toEqual(expect.objectContaining({ source: 'search', personId: 'sam', profileKey: null }));
  expect(JSON.stringify(await control.all())).not.toMatch(/okonkwo photos|photos/i);
  expect(requestsForSam(sites)).toEqual([]);
});

test('Continue lets that one search through; the log names it a search in the popup and the week', async ({ chromium, control, page, sites }) => {
  const url = ENGINES[1]!.search('sam okonkwo');
  visit(page, url);
  await waitForSearchPause(chromium, page);
  await answerPause(page);
  await page.getByRole('button', { name: 'Continue to the search' }).click();
  await expect.poll(() => page.url(), { message: 'the search' }).toBe(url);
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  expect(requestsForSam(sites)).toHaveLength(1);
  await expect.poll(async () => (await control.urges())[0]?.outcome).toBe('continued');
  expect(await control.urges()).toEqual([expect.objectContaining({ source: 'search', personId: 'sam', outcome: 'continued' })]);

  const popup = await chromium.newPage();
  await popup.goto(chromium.extensionUrl('popup.html'));
  await popup.getByText(/a search for Sam Okonkwo/).waitFor();
  const summary = await chromium.newPage();
  await summary.goto(chromium.extensionUrl('summary.html'));
  await summary.getByRole('heading', { name: 'Searches' }).waitFor();
  await summary.getByText('Searches for Sam Okonkwo: 1 urge').waitFor();
});

test('axe-core (WCAG 2.1 A/AA) finds nothing on the search choice with its terms, nor on the pause after a search', async ({ chromium, page }) => {
  const options = await chromium.newPage();
  await options.goto(chromium.extensionUrl('options.html'));
  await options.getByRole('list', { name: 'Terms watched in searches for Sam Okonkwo' }).waitFor();
  visit(page, ENGINES[0]!.search('sam okonkwo'));
  await waitForSearchPause(chromium, page);
  for (const [where, tab] of [['settings', options], ['pause', page]] as const) {
    const report = await runAxe(tab);
    expect(report.passes, where).toBeGreaterThan(5);
    expect(report.violations, formatViolations(report.violations, where)).toEqual([]);
  }
  await options.close();
});

test('turning the choice off, from the keyboard, waits out the cooling-off and can be taken back', async ({ chromium, control }) => {
  const options = await chromium.newPage();
  await options.goto(chromium.extensionUrl('options.html'));
  const choice = options.getByRole('checkbox', { name: 'Pause searches for them', checked: true });
  await choice.focus();
  await options.keyboard.press('Space');
  await options.getByText(/^Searches for Sam Okonkwo stop being paused /).first().waitFor();
  // Still on until then: the box shows what is in force, and searches are still paused.
  expect(await choice.count()).toBe(1);
  expect(((await control.get('people')) as { search?: { on: boolean } }[])[0]?.search?.on).toBe(true);
  await options.getByRole('button', { name: 'Keep pausing searches for Sam Okonkwo' }).click();
  await options.getByText(/^Searches for Sam Okonkwo stop being paused /).first().waitFor({ state: 'detached' });
  const waiting = async () => ((await control.get('pendingChanges')) as { kind: string }[] | undefined)?.filter((change) => change.kind === 'search-off') ?? [];
  await expect.poll(waiting, { message: 'turning off to be taken back' }).toEqual([]);
  await options.close();
});
