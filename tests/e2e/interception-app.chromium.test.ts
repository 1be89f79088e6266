/**
 * Interception, part 2: navigation inside the site (history.pushState / replaceState, back and
 * forward), in the real extension in Debian's Chromium against the stand-in sites (PRODUCT.md,
 * "Interception — the core promise", 2).
 *
 * The stand-in app routes in-app in every order a real site might: render the profile and then
 * pushState, pushState and then render, replaceState and then render, pushState and render 50 ms
 * later. In none of them may a frame of a listed profile be painted: its pages report, with
 * Element Timing and a first-frame visibility check, whether the profile was ever on screen
 * (tests/e2e/harness.test.ts proves those reports say "painted" when it was, and when it was
 * merely covered). The tab ends on the pause page, and "Go back" returns to the page the user
 * came from. Other profiles and pages navigate in-app as usual.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import {
  finalPaintSummary,
  isPause,
  profileRequests,
  sleep,
  waitForFinalReport,
  waitForPause,
} from './harness/interception';
import { linkName, type LinkMode, type StandInSites } from './harness/stand-in-sites';

const LISTED = ['instagram:someex', 'x:someex', 'tiktok:someex', 'facebook:someex', 'facebook:100012345'];

// Exactly these profiles are listed when a test starts (a test may list one more for itself).
test.beforeEach(async ({ control }) => {
  await control.listProfiles(LISTED);
});

/** What the helpers below work with: the test's browser, its tab and the stand-in sites. */
interface InTab {
  chromium: ChromiumSession;
  page: Page;
  sites: StandInSites;
}

interface AppCase {
  /** The site's page the user is on. */
  home: string;
  /** The in-app link's path. */
  path: string;
  /** How the pause page names the profile. */
  profile: string;
  /** The handle as the stand-in app reports it. */
  handle: string;
  /** The handle or id in the profile's URLs (for counting requests). */
  id: string;
  site: string;
  /** The stand-in's home heading ("Instagram home"). */
  siteName: string;
}

const withLinks = (home: string, path: string, defaults: readonly string[]): string =>
  defaults.includes(path) ? home : `${home}?links=${encodeURIComponent(path)}`;

const IG = (path: string, home = 'https://www.instagram.com/'): AppCase => ({
  home: withLinks(home, path, ['/someex/']),
  path,
  profile: 'Instagram @someex',
  handle: 'someex',
  id: 'someex',
  site: 'instagram.com',
  siteName: 'Instagram',
});
const X = (path: string, home = 'https://x.com/'): AppCase => ({
  home: withLinks(home, path, ['/someex']),
  path,
  profile: 'X @someex',
  handle: 'someex',
  id: 'someex',
  site: new URL(home).hostname.replace(/^(www|mobile)\./, ''),
  siteName: 'X',
});
const TT = (path: string, home = 'https://www.tiktok.com/'): AppCase => ({
  home: withLinks(home, path, ['/@someex']),
  path,
  profile: 'TikTok @someex',
  handle: 'someex',
  id: 'someex',
  site: 'tiktok.com',
  siteName: 'TikTok',
});
const FB = (path: string, home = 'https://www.facebook.com/'): AppCase => ({
  home: withLinks(home, path, ['/someex']),
  path,
  profile: path.includes('100012345') ? 'Facebook id 100012345' : 'Facebook someex',
  handle: path.includes('100012345') ? 'id:100012345' : path.includes('some.ex') ? 'some.ex' : 'someex',
  id: path.includes('100012345') ? '100012345' : 'someex',
  site: 'facebook.com',
  siteName: 'Facebook',
});

const NETWORKS: AppCase[] = [IG('/someex/'), X('/someex'), TT('/@someex'), FB('/someex')];
const MODES: LinkMode[] = ['render-first', 'push-first', 'replace', 'push-then-later'];

/**
 * Opens the site's page, clicks the in-app link, and checks the tab ends on the pause page
 * (stopped by the content script: via=app) with the profile never painted and never requested.
 */
async function stopInApp({ chromium, page, sites }: InTab, c: AppCase, mode: LinkMode, from?: string): Promise<void> {
  if (from) await page.goto(from);
  await page.goto(c.home);
  await page.getByRole('link', { name: linkName(c.path, mode), exact: true }).click();
  const pause = await waitForPause(chromium, page, c.profile);
  expect(pause.via).toBe('app');
  expect(pause.target).toBe(new URL(c.path, c.home).href);
  // The page renders the profile in the same task as the history change in every mode but
  // push-then-later (whose render, 50 ms on, the move to the pause page usually pre-empts).
  // Its final report comes on pagehide, with the move to the pause page.
  if (mode !== 'push-then-later') await waitForFinalReport(sites, c.handle, c.site);
  const summary = sites.paintSummary({ handle: c.handle, site: c.site });
  if (mode !== 'push-then-later') expect(summary.views).toBe(1); // it did render: the check had something to see
  const detail = `${c.path} ${mode}: ${JSON.stringify(summary.reports.map(({ reason, elementTiming, frameCheck, mediaTime }) => ({ reason, elementTiming, frameCheck, mediaTime })))}`;
  expect(summary, detail).toMatchObject({ elementTiming: false, frameVisible: false, painted: false });
  // Its media: render-first inserts it before the history change, and the guard pauses it at
  // once; for the other orders see 'autoplaying media …' below (one test for one known bug).
  if (mode === 'render-first') expect(summary.mediaPlayed, `media advanced: ${detail}`).toBe(false);
  expect(profileRequests(sites, c.id, c.site)).toEqual([]);
}

/**
 * Clicks "Go back" and waits for the tab to be back on `url`, showing that page (not hidden).
 * With `stays`, also checks that nothing moves the tab on afterwards: the background's second
 * layer acts ~300 ms after a navigation, so 500 ms is long enough to see it if it does.
 */
async function goBackTo(page: Page, url: string, heading: string, stays = false): Promise<void> {
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect.poll(() => page.url(), { message: `the tab back on ${url}` }).toBe(url);
  const shown = page.getByRole('heading', { name: heading });
  await expect.poll(async () => page.url() !== url || (await shown.isVisible()), { message: `"${heading}" shown` }).toBe(true);
  expect(page.url(), 'the tab moved on after "Go back"').toBe(url);
  // null when the tab moved on meanwhile (the check below says so).
  const display = await page.evaluate(() => getComputedStyle(document.documentElement).display).catch(() => null);
  expect(display).not.toBe('none');
  if (stays) {
    await sleep(500);
    expect(page.url(), 'the tab moved on after "Go back"').toBe(url);
  }
}

/**
 * A person reads the pause page before choosing; leaving it at once is tested on its own below
 * ('going back from the pause page right away …').
 * Waiting out the background's second layer (~300 ms after the history change) keeps the
 * per-network tests about "Go back" itself.
 */
const READING_TIME_MS = 400;

describe.each(NETWORKS)('in-app navigation to $profile ($home + $path)', (c) => {
  test.for(MODES)('%s: never painted, ends on the pause page', async (mode, { chromium, page, sites }) => {
    await stopInApp({ chromium, page, sites }, c, mode);
    if (mode === 'render-first' || mode === 'push-first') {
      // The profile's history entry was replaced by the pause page: back is the site's page.
      await sleep(READING_TIME_MS);
      await goBackTo(page, c.home, `${c.siteName} home`);
      expect(sites.paintSummary({ handle: c.handle, site: c.site }).painted).toBe(false);
    }
  });
});

describe('in-app navigation: other forms', () => {
  test.for([
    IG('/stories/someex/123/'),
    IG('/someex/tagged/'),
    IG('/SomeEx/'),
    IG('/someex/', 'https://m.instagram.com/'),
    X('/someex/status/1'),
    X('/someex', 'https://twitter.com/'),
    X('/someex/media', 'https://mobile.twitter.com/'),
    TT('/@someex/video/1'),
    FB('/profile.php?id=100012345'),
    FB('/some.ex'),
    FB('/profile.php?id=100012345', 'https://m.facebook.com/'),
    FB('/someex', 'https://mbasic.facebook.com/'),
  ])('$home + $path (push-first): never painted', async (c, { chromium, page, sites }) => {
    await stopInApp({ chromium, page, sites }, c, 'push-first');
  });

  test.for(['render-first', 'push-first'] as const)('a percent-encoded handle (/%73omeex/, %s): never painted', async (mode, { chromium, page, sites }) => {
    await stopInApp({ chromium, page, sites }, IG('/%73omeex/'), mode);
  });

  test('a story (/stories/someex/123/, render-first): never painted', async ({ chromium, page, sites }) => {
    await stopInApp({ chromium, page, sites }, IG('/stories/someex/123/'), 'render-first');
  });

  test('replaceState: "Go back" returns to the page before the replaced one', async ({ chromium, page, sites }) => {
    await stopInApp({ chromium, page, sites }, IG('/someex/'), 'replace', 'https://news.example.test/');
    await sleep(READING_TIME_MS);
    await goBackTo(page, 'https://news.example.test/', "Today's links", true);
  });

  test('going back from the pause page right away is not undone', async ({ chromium, page }) => {
    // EXTENSION BUG (reported): the background's second layer (webNavigation, 300 ms grace)
    // checks only "is the tab on the pause page now?". When the user has already left it (the
    // browser's Back button, or the page's "Go back" pressed within ~300 ms of the history
    // change), the tab is on the site's page, so it sends the tab to the pause page again.
    // The browser's Back, as soon as the pause page commits, makes the timing deterministic;
    // "Go back" pressed as soon as it appears fails the same way about half of the time.
    await page.goto('https://x.com/');
    await page.getByRole('link', { name: linkName('/someex', 'push-first'), exact: true }).click();
    await expect.poll(() => isPause(chromium, page.url()), { message: 'the pause page', interval: 5 }).toBe(true);
    const seen: string[] = [];
    const onNavigated = (frame: { url(): string }) => void (frame === page.mainFrame() && seen.push(frame.url()));
    page.on('framenavigated', onNavigated);
    // The tab changes renderer as the pause page commits; the driver may need a moment to follow.
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goBack({ waitUntil: 'commit' });
        break;
      } catch (error) {
        if (attempt > 20 || !/not attached|context was destroyed/i.test(String(error))) throw error;
        await sleep(10);
      }
    }
    // "Nothing moves the tab on afterwards" needs a wait: the second layer acts ~300 ms after
    // the history change; 800 ms after going back is well past it.
    await sleep(800);
    page.off('framenavigated', onNavigated);
    expect(page.url(), `where the tab went after going back: ${seen.join(' → ')}`).toBe('https://x.com/');
    await page.getByRole('heading', { name: 'X home' }).waitFor({ state: 'visible' });
  });

  test('autoplaying media of a profile inserted after the guard has acted never plays (4 runs each)', async ({ chromium, sites }) => {
    // EXTENSION BUG (reported): the guard pauses the media that exists when it leaves, and
    // media that starts later from a 'play' listener; but 'play' is dispatched after playback
    // has begun, so the profile's muted, autoplaying media advances 0.4-2 ms first. It happens
    // when the site inserts the profile after the history change (push-first, replaceState),
    // and on a full load the rules cannot stop (/%73omeex/) when the guard has read the list
    // before the page's script runs; in roughly half of the runs, depending on whether the
    // media loads before the tab has left.
    const advanced: string[] = [];
    const runs: { name: string; open: (page: Page) => Promise<void> }[] = [
      ...(['push-first', 'replace'] as const).map((mode) => ({
        name: mode,
        open: async (page: Page) => {
          await page.goto('https://www.instagram.com/');
          await page.getByRole('link', { name: linkName('/someex/', mode), exact: true }).click();
        },
      })),
      { name: 'full load of /%73omeex/', open: async (page: Page) => void (await page.goto('https://www.instagram.com/%73omeex/')) },
    ];
    for (const { name, open } of runs) {
      for (let run = 0; run < 4; run++) {
        sites.reset();
        const page = await chromium.newPage();
        await open(page);
        await waitForPause(chromium, page, 'Instagram @someex');
        const summary = await finalPaintSummary(sites, 'someex', 'instagram.com');
        expect(summary.painted).toBe(false);
        if (summary.mediaPlayed) advanced.push(`${name} #${run + 1}: ${(Math.max(...summary.reports.map((r) => r.mediaTime)) * 1000).toFixed(2)} ms`);
        await page.close();
      }
    }
    expect(advanced, 'runs in which the profile’s media advanced').toEqual([]);
  });

  test('the site’s own script driving the router (standIn.go) and a plain history.pushState', async ({ chromium, page, sites }) => {
    await page.goto('https://x.com/');
    // From a task of its own, as the site's code runs, so that this evaluate() returns first.
    await page.evaluate(() => {
      setTimeout(() => (window as unknown as { standIn: { go(p: string, m: string): void } }).standIn.go('/someex', 'render-first'));
    });
    await waitForPause(chromium, page, 'X @someex');
    await waitForFinalReport(sites, 'someex', 'x.com');
    expect(sites.paintSummary({ handle: 'someex' })).toMatchObject({ views: 1, painted: false });

    // A bare pushState with no rendering at all: the URL alone is enough to leave.
    const other = await chromium.newPage();
    await other.goto('https://www.tiktok.com/');
    await other.evaluate(() => {
      setTimeout(() => history.pushState(null, '', '/@someex'));
    });
    await waitForPause(chromium, other, 'TikTok @someex');
  });

  test('back to a listed profile (popstate) is never painted', async ({ chromium, control, page, sites }) => {
    // The profile's history entry exists because it was opened before it was listed; after
    // listing it, "back" in the site must not show it again.
    await page.goto('https://www.instagram.com/?links=/lateex/,/explore/');
    await page.getByRole('link', { name: linkName('/lateex/', 'push-first'), exact: true }).click();
    await page.getByText('PROFILE OF lateex').waitFor();
    await page.evaluate(() => (window as unknown as { standIn: { go(p: string): void } }).standIn.go('/explore/'));
    await page.getByRole('heading', { name: 'Instagram: /explore/' }).waitFor();

    await control.listProfiles([...LISTED, 'instagram:lateex']);
    try {
      await page.evaluate(() => history.back());
      await waitForPause(chromium, page, 'Instagram @lateex');
      await waitForFinalReport(sites, 'lateex', 'instagram.com');
      const popstate = sites.paintSummary({ handle: 'lateex', mode: 'popstate' });
      expect(popstate).toMatchObject({ painted: false });
      expect(profileRequests(sites, 'lateex')).toEqual([]);
    } finally {
      await control.listProfiles(LISTED, ['lateex']);
    }
  });
});

describe('the rest of the sites navigates in-app as usual', () => {
  const OTHERS: { home: string; path: string; handle?: string }[] = [
    { home: 'https://www.instagram.com/', path: '/someone_else/', handle: 'someone_else' },
    { home: 'https://www.instagram.com/?links=/explore/', path: '/explore/' },
    { home: 'https://www.instagram.com/?links=/p/ABC123/', path: '/p/ABC123/' },
    { home: 'https://www.instagram.com/?links=/someex2/', path: '/someex2/', handle: 'someex2' },
    { home: 'https://x.com/', path: '/someone_else', handle: 'someone_else' },
    { home: 'https://x.com/?links=/home', path: '/home' },
    { home: 'https://www.tiktok.com/', path: '/@someone_else', handle: 'someone_else' },
    { home: 'https://www.facebook.com/', path: '/someone_else', handle: 'someone_else' },
    { home: 'https://www.facebook.com/?links=/profile.php%3Fid%3D100012346', path: '/profile.php?id=100012346', handle: 'id:100012346' },
  ];

  // Every case in-app with pushState-then-render; the other order for a few.
  test.for([
    ['push-first', OTHERS],
    ['render-first', OTHERS.filter((o) => o.handle === 'someone_else' || o.handle === 'someex2')],
  ] as const)('unlisted profiles and other pages (%s) render and paint, no pause page', async ([mode, cases], { chromium, sites }) => {
    const opened: { page: Page; url: string }[] = [];
    for (const { home, path, handle } of cases) {
      const page = await chromium.newPage();
      await page.goto(home);
      await page.getByRole('link', { name: linkName(path, mode), exact: true }).click();
      const url = new URL(path, home).href;
      await expect.poll(() => page.url(), { message: `in-app navigation to ${url}` }).toBe(url);
      if (handle) {
        await page.getByText(`PROFILE OF ${handle}`).waitFor();
        await sites.waitForReport((r) => r.href === url && r.handle === handle && r.reason === 'element');
        expect(sites.paintSummary((r) => r.href === url && r.handle === handle).painted, url).toBe(true);
      } else {
        await page.locator('#neutral').waitFor();
      }
      opened.push({ page, url });
    }
    // "No pause page" needs a wait: the background's second layer acts ~300 ms after a
    // navigation. One wait of 800 ms covers every tab above at once.
    await sleep(800);
    for (const { page, url } of opened) {
      expect(page.url(), url).toBe(url);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).display), url).not.toBe('none');
    }
    expect(chromium.context.pages().filter((p) => isPause(chromium, p.url()))).toEqual([]);
  });
});
