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
 * One browser on a profile directory this file owns, relaunched once for the restart tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { chromeBuild } from './harness/builds';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import {
  ExtensionControl,
  isPause,
  profileRequests,
  sleep,
  until,
  waitForFinalReport,
  waitForPause,
} from './harness/interception';
import { linkName, startStandInSites, type StandInSites } from './harness/stand-in-sites';

const LISTED = ['instagram:someex', 'x:someex', 'tiktok:someex', 'facebook:someex'];
const PROFILE = 'https://www.instagram.com/someex/';

const userDataDir = mkdtempSync(join(tmpdir(), 'letting-go-interception-'));
let sites: StandInSites;
let chromium: ChromiumSession;
let control: ExtensionControl;
const pages: Page[] = [];

async function launch(): Promise<void> {
  chromium = await launchChromium({ extensionDir: chromeBuild(), standInPort: sites.port, userDataDir });
  control = new ExtensionControl(chromium);
}

beforeAll(async () => {
  sites = await startStandInSites();
  await launch();
  await control.listProfiles(LISTED);
  // The shortest breath the settings allow (1 s), so "Continue" is quick to reach; the
  // allowance as the product ships it unless a test shortens it.
  await control.set({ settings: { allowanceMinutes: 5, breathSteps: [1], strict: false } });
});

afterAll(async () => {
  await chromium?.close();
  await sites?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close().catch(() => {})));
  sites.reset();
});

async function newPage(): Promise<Page> {
  const page = await chromium.newPage();
  pages.push(page);
  return page;
}

/** The one small choice, then "Continue to profile" once the breath allows it. */
async function continueToProfile(page: Page): Promise<void> {
  await page.getByRole('radio', { name: '3', exact: true }).check();
  const button = page.getByRole('button', { name: 'Continue to profile' });
  await until(() => button.isEnabled(), '"Continue to profile" to be enabled', 10_000, 50);
  await button.click();
}

/** Opens the site's page and follows its in-app link to the profile. */
async function inApp(home: string, path: string, mode: 'push-first' | 'render-first' = 'push-first'): Promise<Page> {
  const page = await newPage();
  await page.goto(home);
  await page.getByRole('link', { name: linkName(path, mode), exact: true }).click();
  return page;
}

async function expectStoppedInApp(home: string, path: string, profile: string, handle: string, site: string): Promise<void> {
  const page = await inApp(home, path);
  const pause = await waitForPause(chromium, page, profile);
  expect(pause.via).toBe('app');
  await waitForFinalReport(sites, handle, site);
  expect(sites.paintSummary({ handle, site })).toMatchObject({ views: 1, painted: false });
}

async function expectStoppedOnLoad(url: string, profile: string, id: string): Promise<void> {
  const page = await newPage();
  await page.goto(url);
  const pause = await waitForPause(chromium, page, profile);
  expect(pause.via).toBe('load');
  const site = new URL(url).hostname.split('.').slice(-2).join('.');
  expect(profileRequests(sites, id, site)).toEqual([]);
}

type Allowances = Record<string, { grantedAt: number; expiresAt: number }>;
const allowances = async (): Promise<Allowances> => ((await control.get('allowances')) ?? {}) as Allowances;
/** An allowance as "Continue" stores it, ending in `ms`. */
const endingIn = (ms: number) => ({ grantedAt: Date.now() - 1_000, expiresAt: Date.now() + ms });

describe('"Continue to profile" and the allowance', () => {
  test('"Continue to profile" opens the profile: the site receives the request and it paints', async () => {
    const page = await newPage();
    await page.goto(PROFILE);
    await waitForPause(chromium, page, 'Instagram @someex');
    expect(profileRequests(sites, 'someex')).toEqual([]);

    await continueToProfile(page);
    await until(() => page.url() === PROFILE, `the tab on the profile (at ${page.url()})`);
    await page.getByText('PROFILE OF someex').waitFor();
    expect(profileRequests(sites, 'someex')).toHaveLength(1);
    await sites.waitForReport({ handle: 'someex', reason: 'element' });
    expect(sites.paintSummary({ handle: 'someex' }).painted).toBe(true);

    // Five minutes by default, in storage where every tab's content script reads it.
    const expiresAt = (await allowances())['instagram:someex']?.expiresAt;
    expect(expiresAt).toBeGreaterThan(Date.now() + 4 * 60_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
  });

  test('during the allowance the profile is open in other tabs and in-app; other profiles stay stopped', async () => {
    const tab = await newPage();
    await tab.goto('https://m.instagram.com/someex/tagged/');
    await tab.getByText('PROFILE OF someex').waitFor();
    expect(profileRequests(sites, 'someex')).toHaveLength(1);

    const app = await inApp('https://www.instagram.com/', '/someex/');
    await app.getByText('PROFILE OF someex').waitFor();
    await sites.waitForReport((r) => r.handle === 'someex' && r.mode === 'push-first' && r.reason === 'element');

    await expectStoppedOnLoad('https://x.com/someex', 'X @someex', 'someex');

    // No pause page arrives late (the background's second layer acts ~300 ms after a navigation).
    await sleep(600);
    expect(tab.url()).toBe('https://m.instagram.com/someex/tagged/');
    expect(app.url()).toBe(PROFILE);
  });

  test('when the allowance ends, the profile is stopped again: full load and in-app', async () => {
    // End the allowance 1.5 s from now rather than wait five minutes: the background ends it on
    // time (its timer, and an alarm) and removes the session rule that let the profile through.
    await control.set({ allowances: { 'instagram:someex': endingIn(1_500) } });
    await until(async () => !('instagram:someex' in (await allowances())), 'the allowance to be removed', 10_000, 100);
    await until(async () => !(await control.sessionRules()).includes('someex'), 'the allow rule to be removed', 5_000, 50);

    sites.reset();
    await expectStoppedOnLoad(PROFILE, 'Instagram @someex', 'someex');
    await expectStoppedInApp('https://www.instagram.com/', '/someex/', 'Instagram @someex', 'someex', 'instagram.com');
  });

  test('"Continue" from an in-app stop opens the profile too; a granted allowance ends the same way', async () => {
    const page = await inApp('https://www.tiktok.com/', '/@someex');
    await waitForPause(chromium, page, 'TikTok @someex');
    await continueToProfile(page);
    await until(() => page.url() === 'https://www.tiktok.com/@someex', `the tab on the profile (at ${page.url()})`);
    await page.getByText('PROFILE OF someex').waitFor();
    expect(profileRequests(sites, 'someex', 'tiktok.com')).toHaveLength(1);
    await sites.waitForReport({ handle: 'someex', site: 'tiktok.com', mode: 'load', reason: 'element' });

    // Shorten the allowance the user was granted, then wait for it to end.
    await control.set({ allowances: { ...(await allowances()), 'tiktok:someex': endingIn(1_000) } });
    await until(async () => !('tiktok:someex' in (await allowances())), 'the allowance to be removed', 10_000, 100);
    await until(async () => !(await control.sessionRules()).includes('someex'), 'the allow rule to be removed', 5_000, 50);
    sites.reset();
    await expectStoppedOnLoad('https://www.tiktok.com/@someex', 'TikTok @someex', 'someex');
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

  test.each(REFUSED)('url=$url: "Nothing to open here", no Continue, nothing navigates there', async ({ url, host }) => {
    const page = await newPage();
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
    await until(() => page.url() === 'https://news.example.test/?from=test', `the tab back on the news page (at ${page.url()})`);
    expect(dialogs).toEqual([]);
    // The site named in url= received nothing (but the news page's own reload on "Go back").
    const sent = sites.requests({ host }).filter((r) => !r.path.startsWith('/__') && r.path !== '/favicon.ico' && r.search !== '?from=test');
    if (host) expect(sent).toEqual([]);
  });

  test('a listed profile in url= is offered, so the refusals above are about the address', async () => {
    const page = await newPage();
    await page.goto(chromium.extensionUrl(await control.pausePath(PROFILE, 'load')));
    await waitForPause(chromium, page, 'Instagram @someex');
    expect(await page.getByRole('button', { name: 'Continue to profile' }).count()).toBe(1);
  });
});

describe('after a browser restart on the same profile directory', () => {
  beforeAll(async () => {
    await chromium.close();
    await launch();
  });

  test('a full load sends no request and ends on the pause page, before anything else runs', async () => {
    // The first thing the relaunched browser does; no extension page was opened to wake the
    // background: the rules it made before the restart are what stop this.
    await expectStoppedOnLoad(PROFILE, 'Instagram @someex', 'someex');
    await expectStoppedOnLoad('https://mobile.twitter.com/someex', 'X @someex', 'someex');
  });

  test('in-app navigation is never painted', async () => {
    await expectStoppedInApp('https://x.com/', '/someex', 'X @someex', 'someex', 'x.com');
    await expectStoppedInApp('https://www.facebook.com/', '/someex', 'Facebook someex', 'someex', 'facebook.com');
  });

  test('the list and the rules are as they were', async () => {
    expect(JSON.stringify(await control.get('people'))).toContain('tiktok:someex');
    await control.waitForRules(LISTED.map((k) => k.slice(k.indexOf(':') + 1)));
  });
});

describe('with the service worker stopped', () => {
  beforeAll(async () => {
    await chromium.stopServiceWorkers();
  });

  test('a full load sends no request and ends on the pause page', async () => {
    expect(await chromium.isServiceWorkerRunning()).toBe(false);
    await expectStoppedOnLoad('https://www.tiktok.com/@someex/video/1', 'TikTok @someex', 'someex');
  });

  test('in-app navigation is never painted', async () => {
    await chromium.stopServiceWorkers();
    expect(await chromium.isServiceWorkerRunning()).toBe(false);
    await expectStoppedInApp('https://www.instagram.com/', '/someex/', 'Instagram @someex', 'someex', 'instagram.com');
    await expectStoppedInApp('https://www.tiktok.com/', '/@someex', 'TikTok @someex', 'someex', 'tiktok.com');
  });

  test('unlisted profiles still load', async () => {
    await chromium.stopServiceWorkers();
    const page = await newPage();
    await page.goto('https://www.instagram.com/someone_else/');
    await page.getByText('PROFILE OF someone_else').waitFor();
    await sleep(600); // the background's second layer, woken by the navigation, acts ~300 ms later
    expect(isPause(chromium, page.url())).toBe(false);
  });
});
