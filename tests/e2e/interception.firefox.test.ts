/**
 * Interception, the core promise (PRODUCT.md), in the extension's Firefox build
 * (.output/firefox-mv2, `npm run build:firefox`) in Debian's Firefox ESR, driven over WebDriver
 * BiDi (tests/e2e/harness/firefox.ts):
 *   - a full page load of a listed profile is stopped before any request reaches the site, and the
 *     tab ends on the pause page (declarativeNetRequest redirect rules);
 *   - in-app navigation to a listed profile (the site renders then pushes, or pushes then renders)
 *     never paints a frame of it and ends on the pause page (the guard content script);
 *   - an unlisted profile and the home page load and paint normally, with no pause;
 *   - the same in-app checks with the Navigation API switched off, so the guard's fallback (the
 *     page's history methods wrapped through exportFunction, plus popstate) is what runs, as in
 *     Firefox ESR 140.
 *
 * Firefox ESR has no Element Timing: "never painted" rests on the stand-in page's first-frame check
 * (computed visibility of html/body and the profile, and elementsFromPoint at the viewport centre
 * in the first animation frame after the profile was inserted). The harness's own tests prove that
 * check reports a paint when there is one.
 *
 * One browser for the whole file; each test uses a fresh tab.
 */
import type { Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { firefoxBuild } from './harness/builds';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import {
  startStandInSites,
  type LinkMode,
  type PaintReport,
  type StandInSites,
} from './harness/stand-in-sites';

// The extension's `browser` object, as callbacks passed to page.evaluate() see it in its pages.
declare const browser: Browser.Browser;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` is true (usable in hooks, where expect.poll is not). */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** A listed or unlisted profile on one network, as the stand-in sites serve it. */
interface Profile {
  network: string;
  /** The stored profile key. */
  key: string;
  /** Stand-in domain (matches every subdomain in the request log). */
  site: string;
  host: string;
  /** The profile's path on the site; also the stand-in home page's link for it. */
  path: string;
  /** The handle the stand-in page reports (without '@'). */
  handle: string;
  /** How the pause page names it. */
  described: string;
}

const LISTED: Profile[] = [
  { network: 'Instagram', key: 'instagram:someex', site: 'instagram.com', host: 'www.instagram.com', path: '/someex/', handle: 'someex', described: 'Instagram @someex' },
  { network: 'X', key: 'x:someex', site: 'x.com', host: 'x.com', path: '/someex', handle: 'someex', described: 'X @someex' },
  { network: 'TikTok', key: 'tiktok:someex', site: 'tiktok.com', host: 'www.tiktok.com', path: '/@someex', handle: 'someex', described: 'TikTok @someex' },
  { network: 'Facebook', key: 'facebook:someex', site: 'facebook.com', host: 'www.facebook.com', path: '/someex', handle: 'someex', described: 'Facebook someex' },
];
const [INSTAGRAM, X] = LISTED as [Profile, Profile, Profile, Profile];

/**
 * Full loads that must be stopped, with the profile each names. The pause page must receive the
 * whole address asked for (sub-page, query), so that "Continue to profile" opens exactly that.
 */
const FULL_LOADS: { url: string; profile: Profile }[] = [
  { url: 'https://www.instagram.com/someex/', profile: INSTAGRAM },
  { url: 'https://instagram.com/someex/tagged/', profile: INSTAGRAM },
  { url: 'https://x.com/someex', profile: X },
  { url: 'https://mobile.twitter.com/someex/media', profile: X },
  { url: 'https://www.tiktok.com/@someex', profile: LISTED[2]! },
  { url: 'https://www.facebook.com/someex', profile: LISTED[3]! },
];

let sites: StandInSites;
let firefox: FirefoxSession;
/** An extension page kept open to read and change the extension's storage and rules. */
let extensionPage: Page;
const pages: Page[] = [];

async function setPeople(keys: string[]): Promise<void> {
  const people = [{ id: 'a', name: '', addedAt: 0, profiles: keys.map((key) => ({ key, addedAt: 0 })) }];
  await extensionPage.evaluate((value) => browser.storage.local.set({ people: value }), people);
}

/** Waits until the background has rebuilt its redirect rules with a rule naming each handle. */
async function waitForRules(handles: string[]): Promise<void> {
  await until(async () => {
    const rules = await extensionPage.evaluate(async () =>
      (await browser.declarativeNetRequest.getDynamicRules()).map((r) => r.condition.regexFilter ?? r.condition.urlFilter ?? ''),
    );
    return handles.every((h) => rules.some((filter) => filter.includes(h)));
  }, `redirect rules naming ${handles.join(', ')}`);
}

beforeAll(async () => {
  sites = await startStandInSites();
  firefox = await launchFirefox({ extensionDir: firefoxBuild(), standInPort: sites.port });
  extensionPage = await firefox.openExtensionPage('options.html');
  await setPeople(LISTED.map((p) => p.key));
  await waitForRules(LISTED.map((p) => p.key.slice(p.key.indexOf(':') + 1)));
});

afterAll(async () => {
  await firefox?.close();
  await sites?.close();
});

beforeEach(async () => {
  // Tabs from the previous test may still send pagehide beacons: reset() ignores their views.
  await Promise.all(pages.splice(0).map((p) => p.close().catch(() => {})));
  sites.reset();
});

async function newTab(): Promise<Page> {
  const page = await firefox.newPage();
  pages.push(page);
  return page;
}

interface TabState {
  href: string;
  heading: string | null;
  text: string;
  buttons: string[];
}

const tabState = (page: Page): Promise<TabState | undefined> =>
  page
    .evaluate(() => ({
      href: location.href,
      heading: document.querySelector('h1')?.textContent?.trim() ?? null,
      text: document.body?.innerText ?? '',
      buttons: [...document.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? ''),
    }))
    .catch(() => undefined); // the document is being replaced

/**
 * Waits until the tab shows the pause page, rendered. Polls: page.goto() and page.url() do not
 * follow a navigation into a moz-extension:// page over BiDi.
 */
async function waitForPause(page: Page, timeoutMs = 10_000): Promise<TabState> {
  const pause = firefox.extensionUrl('pause.html');
  const deadline = Date.now() + timeoutMs;
  let state: TabState | undefined;
  for (;;) {
    state = await tabState(page);
    if (state?.href.startsWith(pause) && state.heading) return state;
    if (Date.now() > deadline) throw new Error(`the tab did not reach the pause page (at ${state?.href ?? '?'})`);
    await sleep(50);
  }
}

function expectPausePage(state: TabState, via: 'load' | 'app', url: string, profile: Profile): void {
  // With this installation's pass, which only the extension's rules and guard know.
  const [head, target] = [state.href.slice(0, state.href.indexOf('&url=')), state.href.slice(state.href.indexOf('&url=') + 5)];
  expect(head).toMatch(/\?via=(load|app)&pass=[0-9a-f-]{36}$/);
  expect(head.startsWith(firefox.extensionUrl(`pause.html?via=${via}&pass=`))).toBe(true);
  expect(target).toBe(url);
  expect(state.heading).toBe('A moment before you look');
  expect(state.text).toContain(`You were about to open ${profile.described}.`);
  expect(state.buttons).toEqual(expect.arrayContaining(['Go back', 'Continue to profile']));
}

/** Starts a typed-URL style navigation (BiDi browsingContext.navigate) without awaiting it. */
function startNavigation(page: Page, url: string): void {
  // Never resolves when the load is redirected into the extension (E2E.md); the tab is closed
  // (rejecting it) after the test.
  page.goto(url).catch(() => {});
}

/** The stand-in page's own view of its profile element right now, as in its first-frame check. */
const profileOnScreen = (page: Page): Promise<{ handle: string | null; visible: boolean; atCenter: boolean; rootDisplay: string }> =>
  page.evaluate(() => {
    const profile = document.getElementById('profile');
    const top = document.elementsFromPoint(innerWidth / 2, innerHeight / 2)[0] ?? null;
    return {
      handle: profile?.dataset.handle ?? null,
      visible: profile !== null && profile.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      atCenter: profile !== null && top !== null && profile.contains(top),
      rootDisplay: getComputedStyle(document.documentElement).display,
    };
  });

/** Opens the stand-in site's home page and follows its in-app link to `path` in `mode`. */
async function navigateInApp(page: Page, host: string, path: string, mode: LinkMode): Promise<void> {
  const response = await page.goto(`https://${host}/`);
  expect(response?.status()).toBe(200);
  await page.locator(`a[data-path="${path}"][data-mode="${mode}"]`).click();
}

/**
 * The stand-in's reports for the one view of `profile` the page rendered, once its first-frame
 * check has arrived, plus the final state sent as the page went away.
 */
async function paintsOf(profile: Profile): Promise<{ frame: PaintReport; all: PaintReport[] }> {
  const filter = { handle: profile.handle, site: profile.site };
  const frame = await sites.waitForReport({ ...filter, reason: 'frame' });
  // The page sends its final state on visibilitychange/pagehide as it is replaced.
  await sites.waitForReport((r) => r.viewId === frame.viewId && (r.reason === 'pagehide' || r.reason === 'hidden'), 5_000).catch(() => {});
  return { frame, all: sites.reports(filter) };
}

/** Asserts the in-app navigation to a listed profile was stopped with nothing of it painted. */
async function expectStoppedInApp(page: Page, profile: Profile, mode: LinkMode): Promise<void> {
  const state = await waitForPause(page);
  expectPausePage(state, 'app', `https://${profile.host}${profile.path}`, profile);
  const { frame, all } = await paintsOf(profile);
  // The site did render the profile (so "not painted" means hidden, not "never rendered")...
  expect(frame.mode).toBe(mode);
  expect(sites.paintSummary({ handle: profile.handle, site: profile.site }).views).toBe(1);
  // ...and its first frame showed nothing of it: <html> was already display:none.
  expect(frame.frameCheck).toMatchObject({ connected: true, visible: false, atCenter: false });
  expect(frame.frameCheck?.hiddenBy).toContain('html:display');
  const summary = sites.paintSummary({ handle: profile.handle, site: profile.site });
  expect(summary, JSON.stringify(all)).toMatchObject({ elementTiming: false, frameVisible: false, painted: false, mediaPlayed: false });
  // In-app navigation sends no request for the profile; nor does the move to the pause page.
  expect(sites.requests({ site: profile.site, pathPrefix: profile.path })).toHaveLength(0);
}

describe('full page loads of a listed profile', () => {
  test.each(FULL_LOADS)('$url: no request reaches the site; the tab shows the pause page', async ({ url, profile }) => {
    const page = await newTab();
    startNavigation(page, url);
    const state = await waitForPause(page);
    expectPausePage(state, 'load', url, profile);
    // Not even a favicon or a pre-connect request: nothing for this site at all.
    expect(sites.requests({ site: profile.site })).toEqual([]);
  });

  test('a link on another site to a listed profile: stopped before the request', async () => {
    const page = await newTab();
    const url = 'https://www.instagram.com/someex/';
    await page.goto('https://news.example.test/');
    await page.locator(`a[data-url="${url}"]:not([target])`).click();
    const state = await waitForPause(page);
    expectPausePage(state, 'load', url, INSTAGRAM);
    expect(sites.requests({ site: 'instagram.com' })).toEqual([]);
  });

  test('a full-load link inside the site (location.href): stopped before the request', async () => {
    const page = await newTab();
    await navigateInApp(page, 'www.instagram.com', '/someex/', 'full');
    const state = await waitForPause(page);
    expectPausePage(state, 'load', 'https://www.instagram.com/someex/', INSTAGRAM);
    expect(sites.requests({ site: 'instagram.com', pathPrefix: '/someex' })).toEqual([]);
  });
});

const IN_APP_MODES = ['render-first', 'push-first'] as const satisfies readonly LinkMode[];
const inAppCases = LISTED.flatMap((profile) => IN_APP_MODES.map((mode) => ({ profile, mode, network: profile.network })));

describe('in-app navigation to a listed profile (Navigation API)', () => {
  test('Firefox ESR here has the Navigation API (the guard listens for navigate)', async () => {
    const page = await newTab();
    await page.goto('https://www.instagram.com/');
    expect(await page.evaluate(() => typeof (window as { navigation?: unknown }).navigation)).toBe('object');
  });

  test.each(inAppCases)('$network, $mode: never painted; the tab shows the pause page', async ({ profile, mode }) => {
    const page = await newTab();
    await navigateInApp(page, profile.host, profile.path, mode);
    await expectStoppedInApp(page, profile, mode);
  });

  test('Instagram, replaceState then render: never painted; the tab shows the pause page', async () => {
    const page = await newTab();
    await navigateInApp(page, INSTAGRAM.host, INSTAGRAM.path, 'replace');
    await expectStoppedInApp(page, INSTAGRAM, 'replace');
  });
});

describe('what is not listed loads and paints normally', () => {
  /** The tab is still on `url` after the background's second layer had time to act (300 ms). */
  async function expectStaysOn(page: Page, url: string): Promise<void> {
    await sleep(700);
    expect((await tabState(page))?.href).toBe(url);
  }

  test.each([
    { url: 'https://www.instagram.com/someone_else/', site: 'instagram.com', path: '/someone_else/' },
    { url: 'https://x.com/someone_else', site: 'x.com', path: '/someone_else' },
    { url: 'https://www.tiktok.com/@someone_else', site: 'tiktok.com', path: '/@someone_else' },
    { url: 'https://www.facebook.com/someone_else', site: 'facebook.com', path: '/someone_else' },
  ])('full load of an unlisted profile, $url: requested, shown, no pause', async ({ url, site, path }) => {
    const page = await newTab();
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(sites.requests({ site, path })).toHaveLength(1);
    await expect.poll(() => profileOnScreen(page)).toMatchObject({ handle: 'someone_else', visible: true, atCenter: true });
    await expectStaysOn(page, url);
    expect(await profileOnScreen(page)).toMatchObject({ visible: true, atCenter: true });
    // Its first frame may be blank: the guard hides a profile page until it has read the list.
    await sites.waitForReport({ handle: 'someone_else', site, reason: 'frame' });
  });

  test.each(IN_APP_MODES)('in-app navigation (%s) to an unlisted profile: painted, no pause', async (mode) => {
    const page = await newTab();
    await navigateInApp(page, 'www.instagram.com', '/someone_else/', mode);
    const frame = await sites.waitForReport({ handle: 'someone_else', site: 'instagram.com', reason: 'frame' });
    expect(frame.frameCheck).toMatchObject({ visible: true, atCenter: true, hiddenBy: [] });
    expect(sites.paintSummary({ handle: 'someone_else' })).toMatchObject({ views: 1, frameVisible: true, painted: true });
    await expectStaysOn(page, 'https://www.instagram.com/someone_else/');
  });

  test.each(['https://www.instagram.com/', 'https://x.com/', 'https://www.tiktok.com/', 'https://www.facebook.com/'])(
    'the home page %s: loads, shows, no pause',
    async (url) => {
      const page = await newTab();
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      expect(sites.requests({ host: new URL(url).host, path: '/' })).toHaveLength(1);
      const shown = (): Promise<{ display: string; heading: string | null; topIsHeading: boolean }> =>
        page.evaluate(() => {
          const h1 = document.querySelector('h1');
          const rect = h1?.getBoundingClientRect();
          const top = rect ? document.elementFromPoint(rect.left + 5, rect.top + rect.height / 2) : null;
          return {
            display: getComputedStyle(document.documentElement).display,
            heading: h1?.textContent ?? null,
            topIsHeading: Boolean(h1 && top && h1.contains(top)),
          };
        });
      await expect.poll(shown).toMatchObject({ display: 'block', topIsHeading: true });
      expect((await shown()).heading).toMatch(/ home$/);
      await expectStaysOn(page, url);
      expect((await shown()).display).toBe('block');
    },
  );
});

/** The stand-in app's test hook (pages/social-app.js). */
interface StandInWindow {
  standIn: { go(path: string, mode?: LinkMode): void };
}

/**
 * Back/forward inside the site to a profile that became listed after the user had been there:
 * the site renders it from its popstate handler, with no request. Each run lists its own handle.
 */
async function expectBackStopped(handle: string): Promise<void> {
  const page = await newTab();
  await page.goto('https://www.instagram.com/');
  const profile: Profile = { ...INSTAGRAM, key: `instagram:${handle}`, path: `/${handle}/`, handle, described: `Instagram @${handle}` };
  // Visited while not listed: shown.
  await page.evaluate((path) => (window as unknown as StandInWindow).standIn.go(path, 'push-first'), profile.path);
  await sites.waitForReport({ handle, reason: 'frame' });
  await page.evaluate(() => (window as unknown as StandInWindow).standIn.go('/explore/', 'push-first'));
  // Now listed (the guard follows storage changes in the open tab).
  await setPeople([...LISTED.map((p) => p.key), profile.key]);
  await waitForRules([handle]);
  await sleep(100);
  sites.reset();
  await page.evaluate(() => history.back());
  const state = await waitForPause(page);
  expectPausePage(state, 'app', `https://www.instagram.com/${handle}/`, profile);
  // The page may leave before its first animation frame, so its first-frame report can be
  // missing; the report it sends as it is replaced always comes, and says what it showed.
  const last = await sites.waitForReport((r) => r.handle === handle && ['frame', 'pagehide', 'hidden'].includes(r.reason));
  expect(last.mode).toBe('popstate');
  if (last.frameCheck) expect(last.frameCheck).toMatchObject({ visible: false });
  const summary = sites.paintSummary({ handle });
  expect(summary, JSON.stringify(summary.reports)).toMatchObject({ views: 1, frameVisible: false, painted: false, mediaPlayed: false });
}

describe('back/forward inside the site (Navigation API)', () => {
  test('history.back() to a listed profile: never painted; the tab shows the pause page', async () => {
    await expectBackStopped('laterex');
  });
});

/**
 * Firefox before 147 (ESR 140, which the manifest supports) has no Navigation API. Switching its
 * pref off makes ESR 153 behave the same for new documents, so the guard's fallback runs: the
 * page's own history.pushState/replaceState wrapped through wrappedJSObject + exportFunction, and
 * a popstate listener. The pref is flipped at run time from about:config (a privileged page that
 * automation may script with --remote-allow-system-access), keeping one browser for the file.
 */
describe('without the Navigation API (dom.navigation.webidl.enabled = false): the guard fallback', () => {
  const PREF = 'dom.navigation.webidl.enabled';

  async function setPref(value: boolean): Promise<void> {
    const page = await newTab();
    startNavigation(page, 'about:config');
    await until(
      async () => (await page.evaluate(() => typeof (globalThis as { Services?: unknown }).Services)) === 'object',
      'about:config',
    );
    const set = await page.evaluate(
      (name, on) => {
        const { prefs } = (globalThis as unknown as { Services: { prefs: { setBoolPref(n: string, v: boolean): void; getBoolPref(n: string): boolean } } }).Services;
        prefs.setBoolPref(name, on);
        return prefs.getBoolPref(name);
      },
      PREF,
      value,
    );
    if (set !== value) throw new Error(`${PREF} stayed ${set}`);
    await page.close();
  }

  beforeAll(async () => {
    await setPref(false);
  });
  afterAll(async () => {
    await setPref(true).catch(() => {});
  });

  test('new documents have no window.navigation', async () => {
    const page = await newTab();
    await page.goto('https://www.instagram.com/');
    expect(await page.evaluate(() => typeof (window as { navigation?: unknown }).navigation)).toBe('undefined');
  });

  test.each(
    [INSTAGRAM, X].flatMap((profile) => IN_APP_MODES.map((mode) => ({ profile, mode, network: profile.network }))),
  )('$network, $mode: never painted; the tab shows the pause page', async ({ profile, mode }) => {
    const page = await newTab();
    await navigateInApp(page, profile.host, profile.path, mode);
    await expectStoppedInApp(page, profile, mode);
  });

  test('Instagram, replaceState then render: never painted; the tab shows the pause page', async () => {
    const page = await newTab();
    await navigateInApp(page, INSTAGRAM.host, INSTAGRAM.path, 'replace');
    await expectStoppedInApp(page, INSTAGRAM, 'replace');
  });

  test('history.back() to a listed profile (popstate): never painted; the tab shows the pause page', async () => {
    await expectBackStopped('laterex2');
  });

  test.each(IN_APP_MODES)('in-app navigation (%s) to an unlisted profile: painted, no pause', async (mode) => {
    const page = await newTab();
    await navigateInApp(page, 'www.instagram.com', '/someone_else/', mode);
    const frame = await sites.waitForReport({ handle: 'someone_else', site: 'instagram.com', reason: 'frame' });
    expect(frame.frameCheck).toMatchObject({ visible: true, atCenter: true });
    await sleep(700);
    expect((await tabState(page))?.href).toBe('https://www.instagram.com/someone_else/');
  });
});
