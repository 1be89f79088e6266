/**
 * Interception, part 3: what happens around a stop, in the real extension in Debian's Chromium
 * against the stand-in sites (PRODUCT.md, "Interception — the core promise", 3, and "The pause
 * screen").
 *
 * - "Continue to profile" opens the profile (the site receives the request, it paints), in every
 *   tab, for the allowance; when the allowance ends the profile is stopped again.
 * - The pause page opens nothing but a listed profile: javascript:, data:, another site or an
 *   unlisted profile in its url= get no Continue button, and nothing navigates there.
 * - The rules survive a browser restart on the same profile directory and a stopped service
 *   worker: a full load still sends no request, in-app navigation still never paints.
 *
 * One browser, relaunched on its own profile directory for the restart tests.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import { answerPause, type ExtensionControl, isPause, profileRequests, sleep, waitForFinalReport, waitForPause } from './harness/interception';
import { linkName, type StandInSites } from './harness/stand-in-sites';
import type { Allowance, Allowances, StoredSettings } from './harness/stored';

const LISTED = ['instagram:someex', 'x:someex', 'tiktok:someex', 'facebook:someex'];
const PROFILE = 'https://www.instagram.com/someex/';
// The shortest breath the settings allow (1 s), so "Continue" is quick to reach; the allowance
// as the product ships it unless a test shortens it.
const SETTINGS: StoredSettings = { allowanceMinutes: 5, breathSteps: [1], strict: false };

// Every test starts with these profiles listed and none of them open ("Continue" opens one for
// minutes).
test.beforeEach(async ({ control }) => {
  await control.listProfiles(LISTED);
  await control.set({ settings: SETTINGS });
  await control.endAllowances();
});

/** What the helpers below work with: the test's browser and the stand-in sites. */
interface Browsing {
  chromium: ChromiumSession;
  sites: StandInSites;
}

/**
 * The one small question (whichever this pause asks: that depends on how many pauses came before
 * it today), then "Continue to profile" once the breath allows it.
 */
async function continueToProfile(page: Page): Promise<void> {
  await answerPause(page, { strength: '3' });
  const button = page.getByRole('button', { name: 'Continue to profile' });
  await expect.poll(() => button.isEnabled(), { message: '"Continue to profile" to be enabled', interval: 50 }).toBe(true);
  await button.click();
}

/** Opens the site's page in a new tab and follows its in-app link to the profile. */
async function inApp({ chromium }: Browsing, home: string, path: string, mode: 'push-first' | 'render-first' = 'push-first'): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto(home);
  await page.getByRole('link', { name: linkName(path, mode), exact: true }).click();
  return page;
}

async function expectStoppedInApp(browsing: Browsing, home: string, path: string, profile: string, handle: string, site: string): Promise<void> {
  const { chromium, sites } = browsing;
  const page = await inApp(browsing, home, path);
  const pause = await waitForPause(chromium, page, profile);
  expect(pause.via).toBe('app');
  await waitForFinalReport(sites, handle, site);
  expect(sites.paintSummary({ handle, site })).toMatchObject({ views: 1, painted: false });
}

async function expectStoppedOnLoad({ chromium, sites }: Browsing, url: string, profile: string, id: string): Promise<void> {
  const page = await chromium.newPage();
  await page.goto(url);
  const pause = await waitForPause(chromium, page, profile);
  expect(pause.via).toBe('load');
  const site = new URL(url).hostname.split('.').slice(-2).join('.');
  expect(profileRequests(sites, id, site)).toEqual([]);
}

const allowances = async (control: ExtensionControl): Promise<Allowances> => ((await control.get('allowances')) ?? {}) as Allowances;
/** An allowance as "Continue" stores it, ending in `ms`. */
const endingIn = (ms: number): Allowance => ({ grantedAt: Date.now() - 1_000, expiresAt: Date.now() + ms });

describe('"Continue to profile" and the allowance', () => {
  test('"Continue to profile" opens the profile: the site receives the request and it paints', async ({ chromium, control, page, sites }) => {
    await page.goto(PROFILE);
    await waitForPause(chromium, page, 'Instagram @someex');
    expect(profileRequests(sites, 'someex')).toEqual([]);

    await continueToProfile(page);
    await expect.poll(() => page.url(), { message: 'the tab on the profile' }).toBe(PROFILE);
    await page.getByText('PROFILE OF someex').waitFor();
    expect(profileRequests(sites, 'someex')).toHaveLength(1);
    await sites.waitForReport({ handle: 'someex', reason: 'element' });
    expect(sites.paintSummary({ handle: 'someex' }).painted).toBe(true);

    // Five minutes by default, in storage where every tab's content script reads it.
    const expiresAt = (await allowances(control))['instagram:someex']?.expiresAt;
    expect(expiresAt).toBeGreaterThan(Date.now() + 4 * 60_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
  });

  test('during the allowance the profile is open in other tabs and in-app; other profiles stay stopped', async ({ chromium, control, page: tab, sites }) => {
    // The allowance as "Continue" stores it (the test above sees it stored), five minutes long.
    await control.set({ allowances: { 'instagram:someex': endingIn(5 * 60_000) } satisfies Allowances });
    await expect.poll(() => control.sessionRules(), { message: 'the allow rule' }).toContain('someex');
    await tab.goto('https://m.instagram.com/someex/tagged/');
    await tab.getByText('PROFILE OF someex').waitFor();
    expect(profileRequests(sites, 'someex')).toHaveLength(1);

    const app = await inApp({ chromium, sites }, 'https://www.instagram.com/', '/someex/');
    await app.getByText('PROFILE OF someex').waitFor();
    await sites.waitForReport((r) => r.handle === 'someex' && r.mode === 'push-first' && r.reason === 'element');

    await expectStoppedOnLoad({ chromium, sites }, 'https://x.com/someex', 'X @someex', 'someex');

    // No pause page arrives late (the background's second layer acts ~300 ms after a navigation).
    await sleep(600);
    expect(tab.url()).toBe('https://m.instagram.com/someex/tagged/');
    expect(app.url()).toBe(PROFILE);
  });

  test('when the allowance ends, the profile is stopped again: full load and in-app', async ({ chromium, control, sites }) => {
    // An allowance ending 1.5 s from now rather than in five minutes: the background ends it on
    // time (its timer, and an alarm) and removes the session rule that let the profile through.
    await control.set({ allowances: { 'instagram:someex': endingIn(1_500) } satisfies Allowances });
    await expect.poll(() => control.sessionRules(), { message: 'the allow rule' }).toContain('someex');
    await expect.poll(async () => Object.keys(await allowances(control)), { message: 'the allowance to be removed', interval: 100 }).not.toContain('instagram:someex');
    await expect.poll(() => control.sessionRules(), { message: 'the allow rule to be removed', timeout: 5_000, interval: 50 }).not.toContain('someex');

    sites.reset();
    await expectStoppedOnLoad({ chromium, sites }, PROFILE, 'Instagram @someex', 'someex');
    await expectStoppedInApp({ chromium, sites }, 'https://www.instagram.com/', '/someex/', 'Instagram @someex', 'someex', 'instagram.com');
  });

  test('"Continue" from an in-app stop opens the profile too; a granted allowance ends the same way', async ({ chromium, control, sites }) => {
    const page = await inApp({ chromium, sites }, 'https://www.tiktok.com/', '/@someex');
    await waitForPause(chromium, page, 'TikTok @someex');
    await continueToProfile(page);
    await expect.poll(() => page.url(), { message: 'the tab on the profile' }).toBe('https://www.tiktok.com/@someex');
    await page.getByText('PROFILE OF someex').waitFor();
    expect(profileRequests(sites, 'someex', 'tiktok.com')).toHaveLength(1);
    await sites.waitForReport({ handle: 'someex', site: 'tiktok.com', mode: 'load', reason: 'element' });

    // Shorten the allowance the user was granted, then wait for it to end.
    await control.set({ allowances: { ...(await allowances(control)), 'tiktok:someex': endingIn(1_000) } });
    await expect.poll(async () => Object.keys(await allowances(control)), { message: 'the allowance to be removed', interval: 100 }).not.toContain('tiktok:someex');
    await expect.poll(() => control.sessionRules(), { message: 'the allow rule to be removed', timeout: 5_000, interval: 50 }).not.toContain('someex');
    sites.reset();
    await expectStoppedOnLoad({ chromium, sites }, 'https://www.tiktok.com/@someex', 'TikTok @someex', 'someex');
  });
});

describe('the pause page opens nothing but a listed profile', () => {
  const REFUSED: { url: string; host?: string }[] = [
    { url: 'javascript:alert(1)' },
    { url: 'javascript://www.instagram.com/someex/%0Aalert(1)' },
    { url: 'data:text/html,<h1>PROFILE OF someex</h1>' },
    { url: 'https://news.example.test/', host: 'news.example.test' },
    { url: 'https://instagram.com.example.test/someex/', host: 'instagram.com.example.test' },
    { url: 'https://www.instagram.com/someone_else/', host: 'www.instagram.com' },
    { url: 'https://www.instagram.com/explore/', host: 'www.instagram.com' },
    { url: '', host: undefined },
  ];

  test.for(REFUSED)('url=$url: "Nothing to open here", no Continue, nothing navigates there', async ({ url, host }, { chromium, page, sites }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('https://news.example.test/?from=test');
    await page.goto(chromium.extensionUrl(`pause.html?via=load&url=${url}`));
    await page.getByRole('heading', { name: 'Nothing to open here' }).waitFor();
    expect(await page.getByRole('button', { name: /continue/i }).count()).toBe(0);
    expect(await page.getByText('You were about to open').count()).toBe(0);
    // The only way out is "Go back", and it goes back, not to the address.
    const buttons = await page.getByRole('button').allTextContents();
    expect(buttons.map((b) => b.trim())).toEqual(['Go back']);
    expect(await page.getByRole('link').count()).toBe(0);
    await page.getByRole('button', { name: 'Go back' }).click();
    await expect.poll(() => page.url(), { message: 'the tab back on the news page' }).toBe('https://news.example.test/?from=test');
    expect(dialogs).toEqual([]);
    // The site named in url= received nothing (but the news page's own reload on "Go back").
    const sent = sites.requests({ host }).filter((r) => !r.path.startsWith('/__') && r.path !== '/favicon.ico' && r.search !== '?from=test');
    if (host) expect(sent).toEqual([]);
  });

  test('a listed profile in url= is offered, so the refusals above are about the address', async ({ chromium, control, page }) => {
    await page.goto(chromium.extensionUrl(await control.pausePath(PROFILE, 'load')));
    await waitForPause(chromium, page, 'Instagram @someex');
    // After the (one-second) breath: the one question, and Continue.
    await page.getByRole('button', { name: 'Continue to profile' }).waitFor();
  });
});

describe('after a browser restart on the same profile directory', () => {
  test.beforeAll(async ({ chromium }) => {
    await chromium.relaunch();
  });

  test('a full load sends no request and ends on the pause page, before anything else runs', async ({ chromium, sites }) => {
    // The first thing the relaunched browser does; no extension page was opened to wake the
    // background: the rules it made before the restart are what stop this. Relaunched here
    // again, so that nothing another test did since the restart comes first.
    await chromium.relaunch();
    await expectStoppedOnLoad({ chromium, sites }, PROFILE, 'Instagram @someex', 'someex');
    await expectStoppedOnLoad({ chromium, sites }, 'https://mobile.twitter.com/someex', 'X @someex', 'someex');
  });

  test('in-app navigation is never painted', async ({ chromium, sites }) => {
    await expectStoppedInApp({ chromium, sites }, 'https://x.com/', '/someex', 'X @someex', 'someex', 'x.com');
    await expectStoppedInApp({ chromium, sites }, 'https://www.facebook.com/', '/someex', 'Facebook someex', 'someex', 'facebook.com');
  });

  test('the list and the rules are as they were', async ({ control }) => {
    expect(JSON.stringify(await control.get('people'))).toContain('tiktok:someex');
    await control.waitForRules(LISTED.map((k) => k.slice(k.indexOf(':') + 1)));
  });
});

describe('with the service worker stopped', () => {
  // After the file's beforeEach, whose storage changes wake the worker.
  test.beforeEach(async ({ chromium }) => {
    await chromium.stopServiceWorkers();
  });

  test('a full load sends no request and ends on the pause page', async ({ chromium, sites }) => {
    expect(await chromium.isServiceWorkerRunning()).toBe(false);
    await expectStoppedOnLoad({ chromium, sites }, 'https://www.tiktok.com/@someex/video/1', 'TikTok @someex', 'someex');
  });

  test('in-app navigation is never painted', async ({ chromium, sites }) => {
    expect(await chromium.isServiceWorkerRunning()).toBe(false);
    await expectStoppedInApp({ chromium, sites }, 'https://www.instagram.com/', '/someex/', 'Instagram @someex', 'someex', 'instagram.com');
    await expectStoppedInApp({ chromium, sites }, 'https://www.tiktok.com/', '/@someex', 'TikTok @someex', 'someex', 'tiktok.com');
  });

  test('unlisted profiles still load', async ({ chromium, page }) => {
    await page.goto('https://www.instagram.com/someone_else/');
    await page.getByText('PROFILE OF someone_else').waitFor();
    await sleep(600); // the background's second layer, woken by the navigation, acts ~300 ms later
    expect(isPause(chromium, page.url())).toBe(false);
  });
});
