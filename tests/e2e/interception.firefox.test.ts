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
import { describe, expect, vi } from 'vitest';
import { firefoxTest as test } from './harness/fixtures';
import type { FirefoxSession } from './harness/firefox';
import { startingWith } from './harness/interception';
import type { LinkMode, PaintReport, StandInSites } from './harness/stand-in-sites';
import type { PersonV1 } from './harness/stored';

// The extension's `browser` object, as callbacks passed to page.evaluate() see it in its pages.
declare const browser: Browser.Browser;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

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

/** Lists exactly these profile keys (one person, as the first version stored people), through the extension's options page. */
async function setPeople(extensionPage: Page, keys: string[]): Promise<void> {
  const people: PersonV1[] = [{ id: 'a', name: '', addedAt: 0, profiles: keys.map((key) => ({ key, addedAt: 0 })) }];
  await extensionPage.evaluate((value) => browser.storage.local.set({ people: value }), people);
}

/** Waits until the background has rebuilt its redirect rules with a rule naming each handle. */
async function waitForRules(extensionPage: Page, handles: string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const rules = await extensionPage.evaluate(async () =>
          (await browser.declarativeNetRequest.getDynamicRules()).map((r) => r.condition.regexFilter ?? r.condition.urlFilter ?? ''),
        );
        return handles.filter((h) => !rules.some((filter) => filter.includes(h)));
      },
      { message: `redirect rules naming ${handles.join(', ')}`, interval: 50 },
    )
    .toEqual([]);
}

// Exactly these profiles are listed when a test starts (a test may list one more for itself).
test.beforeEach(async ({ extensionPage }) => {
  await setPeople(extensionPage, LISTED.map((p) => p.key));
  await waitForRules(extensionPage, LISTED.map((p) => p.key.slice(p.key.indexOf(':') + 1)));
});

interface TabState {
  href: string;
  heading: string | null;
  text: string;
  buttons: string[];
  /** The page's theme is in force: its styles, written into it, were let in by its policy. */
  styled: boolean;
}

const tabState = (page: Page): Promise<TabState | undefined> =>
  page
    .evaluate(() => ({
      href: location.href,
      heading: document.querySelector('h1')?.textContent?.trim() ?? null,
      text: document.body?.innerText ?? '',
      buttons: [...document.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? ''),
      styled: /^#[0-9a-f]{6}$/i.test(getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()),
    }))
    .catch(() => undefined); // the document is being replaced

/**
 * Waits until the tab shows the pause page, rendered. Polls: page.goto() and page.url() do not
 * follow a navigation into a moz-extension:// page over BiDi.
 */
async function waitForPause(firefox: FirefoxSession, page: Page, timeoutMs = 10_000): Promise<TabState> {
  let state: TabState | undefined;
  await expect
    .poll(async () => (state = await tabState(page)), { message: 'the tab to reach the pause page', timeout: timeoutMs, interval: 50 })
    .toMatchObject({ href: expect.stringMatching(startingWith(firefox.extensionUrl('pause.html'))), heading: expect.stringMatching(/\S/) });
  return state!;
}

function expectPausePage(firefox: FirefoxSession, state: TabState, via: 'load' | 'app', url: string, profile: Profile): void {
  // With this installation's pass, which only the extension's rules and guard know.
  const [head, target] = [state.href.slice(0, state.href.indexOf('&url=')), state.href.slice(state.href.indexOf('&url=') + 5)];
  expect(head).toMatch(/\?via=(load|app)&pass=[0-9a-f-]{36}$/);
  expect(head.startsWith(firefox.extensionUrl(`pause.html?via=${via}&pass=`))).toBe(true);
  expect(target).toBe(url);
  expect(state.heading).toBe('A moment before you look');
  expect(state.text).toContain(`You were about to open ${profile.described}.`);
  // "Go back" from the first moment; "Continue" only after the breath and one question.
  expect(state.buttons).toContain('Go back');
  expect(state.styled).toBe(true);
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
async function paintsOf(sites: StandInSites, profile: Profile): Promise<{ frame: PaintReport; all: PaintReport[] }> {
  const filter = { handle: profile.handle, site: profile.site };
  const frame = await sites.waitForReport({ ...filter, reason: 'frame' });
  // The page sends its final state on visibilitychange/pagehide as it is replaced.
  await sites.waitForReport((r) => r.viewId === frame.viewId && (r.reason === 'pagehide' || r.reason === 'hidden'), 5_000).catch(() => {});
  return { frame, all: sites.reports(filter) };
}

/** What the checks below work with: the test's browser, its tab and the stand-in sites. */
interface InTab {
  firefox: FirefoxSession;
  page: Page;
  sites: StandInSites;
}

/** Asserts the in-app navigation to a listed profile was stopped with nothing of it painted. */
async function expectStoppedInApp({ firefox, page, sites }: InTab, profile: Profile, mode: LinkMode): Promise<void> {
  const state = await waitForPause(firefox, page);
  expectPausePage(firefox, state, 'app', `https://${profile.host}${profile.path}`, profile);
  const { frame, all } = await paintsOf(sites, profile);
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
  test.for(FULL_LOADS)('$url: no request reaches the site; the tab shows the pause page', async ({ url, profile }, { firefox, page, sites }) => {
    startNavigation(page, url);
    const state = await waitForPause(firefox, page);
    expectPausePage(firefox, state, 'load', url, profile);
    // Not even a favicon or a pre-connect request: nothing for this site at all.
    expect(sites.requests({ site: profile.site })).toEqual([]);
  });

  test('a link on another site to a listed profile: stopped before the request', async ({ firefox, page, sites }) => {
    const url = 'https://www.instagram.com/someex/';
    await page.goto('https://news.example.test/');
    await page.locator(`a[data-url="${url}"]:not([target])`).click();
    const state = await waitForPause(firefox, page);
    expectPausePage(firefox, state, 'load', url, INSTAGRAM);
    expect(sites.requests({ site: 'instagram.com' })).toEqual([]);
  });

  test('a full-load link inside the site (location.href): stopped before the request', async ({ firefox, page, sites }) => {
    await navigateInApp(page, 'www.instagram.com', '/someex/', 'full');
    const state = await waitForPause(firefox, page);
    expectPausePage(firefox, state, 'load', 'https://www.instagram.com/someex/', INSTAGRAM);
    expect(sites.requests({ site: 'instagram.com', pathPrefix: '/someex' })).toEqual([]);
  });
});

const IN_APP_MODES = ['render-first', 'push-first'] as const satisfies readonly LinkMode[];
const inAppCases = LISTED.flatMap((profile) => IN_APP_MODES.map((mode) => ({ profile, mode, network: profile.network })));

describe('in-app navigation to a listed profile (Navigation API)', () => {
  test('Firefox ESR here has the Navigation API (the guard listens for navigate)', async ({ page }) => {
    await page.goto('https://www.instagram.com/');
    expect(await page.evaluate(() => typeof (window as { navigation?: unknown }).navigation)).toBe('object');
  });

  test.for(inAppCases)('$network, $mode: never painted; the tab shows the pause page', async ({ profile, mode }, { firefox, page, sites }) => {
    await navigateInApp(page, profile.host, profile.path, mode);
    await expectStoppedInApp({ firefox, page, sites }, profile, mode);
  });

  test('Instagram, replaceState then render: never painted; the tab shows the pause page', async ({ firefox, page, sites }) => {
    await navigateInApp(page, INSTAGRAM.host, INSTAGRAM.path, 'replace');
    await expectStoppedInApp({ firefox, page, sites }, INSTAGRAM, 'replace');
  });
});

describe('what is not listed loads and paints normally', () => {
  /** The tab is still on `url` after the background's second layer had time to act (300 ms). */
  async function expectStaysOn(page: Page, url: string): Promise<void> {
    await sleep(700);
    expect((await tabState(page))?.href).toBe(url);
  }

  test.for([
    { url: 'https://www.instagram.com/someone_else/', site: 'instagram.com', path: '/someone_else/' },
    { url: 'https://x.com/someone_else', site: 'x.com', path: '/someone_else' },
    { url: 'https://www.tiktok.com/@someone_else', site: 'tiktok.com', path: '/@someone_else' },
    { url: 'https://www.facebook.com/someone_else', site: 'facebook.com', path: '/someone_else' },
  ])('full load of an unlisted profile, $url: requested, shown, no pause', async ({ url, site, path }, { page, sites }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(sites.requests({ site, path })).toHaveLength(1);
    await expect.poll(() => profileOnScreen(page)).toMatchObject({ handle: 'someone_else', visible: true, atCenter: true });
    await expectStaysOn(page, url);
    expect(await profileOnScreen(page)).toMatchObject({ visible: true, atCenter: true });
    // Its first frame may be blank: the guard hides a profile page until it has read the list.
    await sites.waitForReport({ handle: 'someone_else', site, reason: 'frame' });
  });

  test.for(IN_APP_MODES)('in-app navigation (%s) to an unlisted profile: painted, no pause', async (mode, { page, sites }) => {
    await navigateInApp(page, 'www.instagram.com', '/someone_else/', mode);
    const frame = await sites.waitForReport({ handle: 'someone_else', site: 'instagram.com', reason: 'frame' });
    expect(frame.frameCheck).toMatchObject({ visible: true, atCenter: true, hiddenBy: [] });
    expect(sites.paintSummary({ handle: 'someone_else' })).toMatchObject({ views: 1, frameVisible: true, painted: true });
    await expectStaysOn(page, 'https://www.instagram.com/someone_else/');
  });

  test.for(['https://www.instagram.com/', 'https://x.com/', 'https://www.tiktok.com/', 'https://www.facebook.com/'])(
    'the home page %s: loads, shows, no pause',
    async (url, { page, sites }) => {
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
async function expectBackStopped({ firefox, page, sites }: InTab, extensionPage: Page, handle: string): Promise<void> {
  await page.goto('https://www.instagram.com/');
  const profile: Profile = { ...INSTAGRAM, key: `instagram:${handle}`, path: `/${handle}/`, handle, described: `Instagram @${handle}` };
  // Visited while not listed: shown.
  await page.evaluate((path) => (window as unknown as StandInWindow).standIn.go(path, 'push-first'), profile.path);
  await sites.waitForReport({ handle, reason: 'frame' });
  await page.evaluate(() => (window as unknown as StandInWindow).standIn.go('/explore/', 'push-first'));
  // Now listed (the guard follows storage changes in the open tab).
  await setPeople(extensionPage, [...LISTED.map((p) => p.key), profile.key]);
  await waitForRules(extensionPage, [handle]);
  await sleep(100);
  sites.reset();
  await page.evaluate(() => history.back());
  const state = await waitForPause(firefox, page);
  expectPausePage(firefox, state, 'app', `https://www.instagram.com/${handle}/`, profile);
  // The page may leave before its first animation frame, so its first-frame report can be
  // missing; the report it sends as it is replaced always comes, and says what it showed.
  const last = await sites.waitForReport((r) => r.handle === handle && ['frame', 'pagehide', 'hidden'].includes(r.reason));
  expect(last.mode).toBe('popstate');
  if (last.frameCheck) expect(last.frameCheck).toMatchObject({ visible: false });
  const summary = sites.paintSummary({ handle });
  expect(summary, JSON.stringify(summary.reports)).toMatchObject({ views: 1, frameVisible: false, painted: false, mediaPlayed: false });
}

describe('back/forward inside the site (Navigation API)', () => {
  test('history.back() to a listed profile: never painted; the tab shows the pause page', async ({ extensionPage, firefox, page, sites }) => {
    await expectBackStopped({ firefox, page, sites }, extensionPage, 'laterex');
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

  async function setPref(firefox: FirefoxSession, value: boolean): Promise<void> {
    const page = await firefox.newPage();
    startNavigation(page, 'about:config');
    // In beforeAll/afterAll, where vitest has no expect.poll: its vi.waitFor.
    await vi.waitFor(
      async () => expect(await page.evaluate(() => typeof (globalThis as { Services?: unknown }).Services), 'about:config').toBe('object'),
      { timeout: 10_000, interval: 50 },
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

  test.beforeAll(async ({ firefox }) => {
    await setPref(firefox, false);
  });
  test.afterAll(async ({ firefox }) => {
    await setPref(firefox, true).catch(() => {});
  });

  test('new documents have no window.navigation', async ({ page }) => {
    await page.goto('https://www.instagram.com/');
    expect(await page.evaluate(() => typeof (window as { navigation?: unknown }).navigation)).toBe('undefined');
  });

  test.for(
    [INSTAGRAM, X].flatMap((profile) => IN_APP_MODES.map((mode) => ({ profile, mode, network: profile.network }))),
  )('$network, $mode: never painted; the tab shows the pause page', async ({ profile, mode }, { firefox, page, sites }) => {
    await navigateInApp(page, profile.host, profile.path, mode);
    await expectStoppedInApp({ firefox, page, sites }, profile, mode);
  });

  test('Instagram, replaceState then render: never painted; the tab shows the pause page', async ({ firefox, page, sites }) => {
    await navigateInApp(page, INSTAGRAM.host, INSTAGRAM.path, 'replace');
    await expectStoppedInApp({ firefox, page, sites }, INSTAGRAM, 'replace');
  });

  test('history.back() to a listed profile (popstate): never painted; the tab shows the pause page', async ({ extensionPage, firefox, page, sites }) => {
    await expectBackStopped({ firefox, page, sites }, extensionPage, 'laterex2');
  });

  test.for(IN_APP_MODES)('in-app navigation (%s) to an unlisted profile: painted, no pause', async (mode, { page, sites }) => {
    await navigateInApp(page, 'www.instagram.com', '/someone_else/', mode);
    const frame = await sites.waitForReport({ handle: 'someone_else', site: 'instagram.com', reason: 'frame' });
    expect(frame.frameCheck).toMatchObject({ visible: true, atCenter: true });
    await sleep(700);
    expect((await tabState(page))?.href).toBe('https://www.instagram.com/someone_else/');
  });
});
