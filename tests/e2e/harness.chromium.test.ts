/**
 * Proves the browser-test harness works on its own in Chromium, with a do-nothing fixture
 * extension: the stand-in sites are reached under their real names and log requests, and the
 * "was the profile painted?" detection says yes when it was (and no when <html> was hidden), so
 * later "never painted" tests cannot pass merely because the detection is blind. Firefox:
 * harness.firefox.test.ts.
 */
import type Browser from 'webextension-polyfill';
import { describe, expect } from 'vitest';
import { FIXTURE_CHROME } from './harness/builds';
import { test } from './harness/fixtures';
import { linkName, neutralLinkName } from './harness/stand-in-sites';

test.override('chromiumOptions', { extensionDir: FIXTURE_CHROME });

// Extension APIs, as the callbacks passed to page.evaluate() see them inside extension pages.
declare const chrome: Browser.Browser;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('Chromium', () => {
  test('reaches the stand-ins under their real host names, and the server logs each request', async ({ page, sites }) => {
    for (const url of [
      'https://www.instagram.com/',
      'https://m.facebook.com/',
      'https://mobile.twitter.com/',
      'https://x.com/',
      'https://www.tiktok.com/',
      'https://news.example.test/',
    ]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      const { host } = new URL(url);
      expect(sites.requests({ host, path: '/', method: 'GET' }), url).toHaveLength(1);
    }
    expect(await page.title()).toContain('News');
    expect(sites.requests({ site: 'twitter.com' }).map((r) => r.host)).toContain('mobile.twitter.com');
  });

  test('sends every other host name nowhere', async ({ page }) => {
    await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  });

  test.for(['render-first', 'push-first'] as const)(
    'in-app navigation (%s) renders the profile and reports it painted: the control',
    async (mode, { page, sites }) => {
      await page.goto('https://www.instagram.com/');
      await page.getByRole('link', { name: linkName('/someex/', mode) }).click();
      await page.getByText('PROFILE OF someex').waitFor();
      expect(page.url()).toBe('https://www.instagram.com/someex/');
      await sites.waitForReport({ handle: 'someex', reason: 'frame' });
      await sites.waitForReport({ handle: 'someex', reason: 'element' });
      await sites.waitForReport({ handle: 'someex', reason: 'media' });
      const summary = sites.paintSummary({ handle: 'someex', site: 'instagram.com' });
      expect(summary).toMatchObject({ views: 1, elementTiming: true, frameVisible: true, mediaPlayed: true, painted: true });
      // In-app navigation makes no request for the profile: declarativeNetRequest cannot see it.
      expect(sites.requests({ pathPrefix: '/someex/', path: '/someex/' })).toHaveLength(0);
      },
  );

  test('a direct load of a profile page requests it, renders it and reports it painted', async ({ page, sites }) => {
    await page.goto('https://www.instagram.com/someex/tagged/');
    await page.getByText('PROFILE OF someex').waitFor();
    expect(sites.requests({ site: 'instagram.com', pathPrefix: '/someex/' })).toHaveLength(1);
    await sites.waitForReport({ handle: 'someex', reason: 'element' });
    expect(sites.paintSummary({ handle: 'someex' })).toMatchObject({ views: 1, painted: true, frameVisible: true });
  });

  test('a profile hidden in the same task as pushState is reported never painted', async ({ page, sites }) => {
    // What the extension's content script will do, done here by hand: hide <html> inside
    // pushState, after the page already inserted the profile (render-first is the harder order).
    await page.goto('https://www.instagram.com/');
    await page.evaluate(() => {
      const push = history.pushState.bind(history);
      history.pushState = (...args: Parameters<History['pushState']>) => {
        document.documentElement.style.visibility = 'hidden';
        push(...args);
      };
    });
    await page.getByRole('link', { name: linkName('/someex/', 'render-first') }).click();
    const frame = await sites.waitForReport({ handle: 'someex', reason: 'frame' });
    expect(frame.frameCheck).toMatchObject({ visible: false });
    expect(frame.frameCheck?.hiddenBy).toContain('html:visibility');
    // Element Timing entries come a frame or two after a paint; give them ample time not to come.
    await sleep(500);
    await page.goto('https://news.example.test/'); // pagehide sends the final state
    await sites.waitForReport({ handle: 'someex', reason: 'pagehide' });
    expect(sites.paintSummary({ handle: 'someex' })).toMatchObject({ views: 1, elementTiming: false, frameVisible: false, painted: false });
  });

  test('a profile merely covered by an overlay is still reported painted', async ({ page, sites }) => {
    // Covering is not hiding: Element Timing still sees the paint (E2E.md), so a content script
    // that only draws an overlay on top would fail the "never painted" tests, as it should.
    await page.goto('https://www.instagram.com/');
    await page.evaluate(() => {
      const push = history.pushState.bind(history);
      history.pushState = (...args: Parameters<History['pushState']>) => {
        const cover = document.createElement('div');
        cover.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:2147483647';
        document.documentElement.append(cover);
        push(...args);
      };
    });
    await page.getByRole('link', { name: linkName('/someex/', 'push-first') }).click();
    await sites.waitForReport({ handle: 'someex', reason: 'element' });
    const summary = sites.paintSummary({ handle: 'someex' });
    expect(summary.reports.find((r) => r.frameCheck)?.frameCheck).toMatchObject({ visible: true, atCenter: false });
    expect(summary).toMatchObject({ elementTiming: true, frameVisible: false, painted: true });
  });

  test('a link on another site loads the profile in full, with that site as referrer', async ({ page, sites }) => {
    await page.goto('https://news.example.test/');
    await page.getByRole('link', { name: neutralLinkName('https://www.instagram.com/someex/'), exact: true }).click();
    await page.getByText('PROFILE OF someex').waitFor();
    const [request] = sites.requests({ host: 'www.instagram.com', path: '/someex/' });
    expect(request?.headers.referer).toBe('https://news.example.test/');
  });

  test('the extension id, its pages, and stopping its service worker', async ({ chromium, page }) => {
    expect(chromium.extensionId).toMatch(/^[a-p]{32}$/);
    await page.goto(chromium.extensionUrl('page.html'));
    expect(await page.title()).toBe('Fixture page');
    const ping = (): Promise<unknown> => page.evaluate(() => chrome.runtime.sendMessage('ping'));
    const starts = (): Promise<unknown> =>
      page.evaluate(async () => (await chrome.storage.session.get('starts')).starts);
    expect(await ping()).toBe('pong');
    const before = (await starts()) as number;

    await chromium.stopServiceWorkers();
    expect(await chromium.isServiceWorkerRunning()).toBe(false);

    // A message wakes it, and it starts afresh: its start counter went up.
    expect(await ping()).toBe('pong');
    expect(await chromium.isServiceWorkerRunning()).toBe(true);
    await expect.poll(starts).toBe(before + 1);
  });
});

describe('Chromium relaunched on the same profile', () => {
  test('keeps the extension id and its storage', async ({ launcher, tempDir }) => {
    // Launched twice here, on one profile directory: what is tested is the launch.
    const userDataDir = tempDir('letting-go-harness-profile-');
    let session = await launcher.launch({ extensionDir: FIXTURE_CHROME, userDataDir });
    const firstId = session.extensionId;
    let page = await session.newPage();
    await page.goto(session.extensionUrl('page.html'));
    await page.evaluate(() => chrome.storage.local.set({ marker: 'kept' }));
    await session.close();

    session = await launcher.launch({ extensionDir: FIXTURE_CHROME, userDataDir });
    expect(session.extensionId).toBe(firstId);
    page = await session.newPage();
    await page.goto(session.extensionUrl('page.html'));
    const stored = await page.evaluate(() => chrome.storage.local.get(['marker', 'installReasons']));
    expect(stored.marker).toBe('kept');
    // Worth knowing for the extension's own restart test: --load-extension loads the unpacked
    // extension anew at every launch, so onInstalled fires again, with reason 'install' (checked
    // with Chromium 156), while storage is kept. Install-time setup must not wipe existing data.
    expect(stored.installReasons).toEqual(['install', 'install']);
  });
});
