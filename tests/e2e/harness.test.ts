/**
 * Proves the browser-test harness works on its own, with a do-nothing fixture extension: the
 * stand-in sites are reached under their real names and log requests, and the "was the profile
 * painted?" detection says yes when it was (and no when <html> was hidden), so later "never
 * painted" tests cannot pass merely because the detection is blind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { FIXTURE_CHROME, FIXTURE_FIREFOX } from './harness/builds';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { linkName, neutralLinkName, startStandInSites, type StandInSites } from './harness/stand-in-sites';

let sites: StandInSites;
beforeAll(async () => {
  sites = await startStandInSites();
});
afterAll(async () => {
  await sites?.close();
});
beforeEach(() => sites.reset());

// Extension APIs, as the callbacks passed to page.evaluate() see them inside extension pages.
declare const chrome: Browser.Browser;
declare const browser: Browser.Browser;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('Chromium', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium({ extensionDir: FIXTURE_CHROME, standInPort: sites.port });
  });
  afterAll(async () => {
    await chromium?.close();
  });

  test('reaches the stand-ins under their real host names, and the server logs each request', async () => {
    const page = await chromium.newPage();
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
    await page.close();
  });

  test('sends every other host name nowhere', async () => {
    const page = await chromium.newPage();
    await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    await page.close();
  });

  test.each(['render-first', 'push-first'] as const)(
    'in-app navigation (%s) renders the profile and reports it painted: the control',
    async (mode) => {
      const page = await chromium.newPage();
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
      await page.close();
    },
  );

  test('a direct load of a profile page requests it, renders it and reports it painted', async () => {
    const page = await chromium.newPage();
    await page.goto('https://www.instagram.com/someex/tagged/');
    await page.getByText('PROFILE OF someex').waitFor();
    expect(sites.requests({ site: 'instagram.com', pathPrefix: '/someex/' })).toHaveLength(1);
    await sites.waitForReport({ handle: 'someex', reason: 'element' });
    expect(sites.paintSummary({ handle: 'someex' })).toMatchObject({ views: 1, painted: true, frameVisible: true });
    await page.close();
  });

  test('a profile hidden in the same task as pushState is reported never painted', async () => {
    // What the extension's content script will do, done here by hand: hide <html> inside
    // pushState, after the page already inserted the profile (render-first is the harder order).
    const page = await chromium.newPage();
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
    await page.close();
  });

  test('a profile merely covered by an overlay is still reported painted', async () => {
    // Covering is not hiding: Element Timing still sees the paint (E2E.md), so a content script
    // that only draws an overlay on top would fail the "never painted" tests, as it should.
    const page = await chromium.newPage();
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
    await page.close();
  });

  test('a link on another site loads the profile in full, with that site as referrer', async () => {
    const page = await chromium.newPage();
    await page.goto('https://news.example.test/');
    await page.getByRole('link', { name: neutralLinkName('https://www.instagram.com/someex/'), exact: true }).click();
    await page.getByText('PROFILE OF someex').waitFor();
    const [request] = sites.requests({ host: 'www.instagram.com', path: '/someex/' });
    expect(request?.headers.referer).toBe('https://news.example.test/');
    await page.close();
  });

  test('the extension id, its pages, and stopping its service worker', async () => {
    expect(chromium.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await chromium.newPage();
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
    await page.close();
  });
});

describe('Chromium relaunched on the same profile', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'letting-go-harness-profile-'));
  let session: ChromiumSession | undefined;
  afterAll(async () => {
    await session?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  test('keeps the extension id and its storage', async () => {
    session = await launchChromium({ extensionDir: FIXTURE_CHROME, standInPort: sites.port, userDataDir });
    const firstId = session.extensionId;
    let page = await session.newPage();
    await page.goto(session.extensionUrl('page.html'));
    await page.evaluate(() => chrome.storage.local.set({ marker: 'kept' }));
    await session.close();

    session = await launchChromium({ extensionDir: FIXTURE_CHROME, standInPort: sites.port, userDataDir });
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

describe('Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: FIXTURE_FIREFOX, standInPort: sites.port });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  const profileText = (page: PuppeteerPage): Promise<string | null> =>
    page.evaluate(() => document.getElementById('profile')?.firstChild?.textContent ?? null);

  test('reaches the stand-ins through the proxy, and the server logs each request', async () => {
    const page = await firefox.newPage();
    const response = await page.goto('https://www.instagram.com/');
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Instagram (stand-in)');
    expect(sites.requests({ host: 'www.instagram.com', path: '/' })).toHaveLength(1);
    await page.goto('https://mobile.twitter.com/');
    expect(sites.requests({ host: 'mobile.twitter.com', path: '/' })).toHaveLength(1);
    await page.close();
  });

  test('the proxy refuses every other host', async () => {
    const page = await firefox.newPage();
    await expect(page.goto('https://example.com/')).rejects.toThrow();
    expect(firefox.proxy.refused()).toContain('example.com');
    await page.close();
  });

  test('in-app navigation renders the profile and reports it painted: the control', async () => {
    const page = await firefox.newPage();
    await page.goto('https://www.instagram.com/');
    await page.locator(`a[data-path="/someex/"][data-mode="push-first"]`).click();
    await expect.poll(() => profileText(page)).toBe('PROFILE OF someex');
    expect(page.url()).toBe('https://www.instagram.com/someex/');
    const frame = await sites.waitForReport({ handle: 'someex', reason: 'frame' });
    // Firefox ESR has no Element Timing; the first-frame check carries the proof there.
    expect(frame.elementTimingSupported).toBe(false);
    expect(sites.paintSummary({ handle: 'someex' })).toMatchObject({ views: 1, frameVisible: true, painted: true });
    expect(sites.requests({ pathPrefix: '/someex/' })).toHaveLength(0);
    await page.close();
  });

  test('a profile hidden in the same task as pushState is reported never painted', async () => {
    const page = await firefox.newPage();
    await page.goto('https://www.instagram.com/');
    await page.evaluate(() => {
      const push = history.pushState.bind(history);
      history.pushState = (...args: Parameters<History['pushState']>) => {
        document.documentElement.style.visibility = 'hidden';
        push(...args);
      };
    });
    await page.locator(`a[data-path="/someex/"][data-mode="render-first"]`).click();
    const frame = await sites.waitForReport({ handle: 'someex', reason: 'frame' });
    expect(frame.frameCheck).toMatchObject({ visible: false });
    expect(sites.paintSummary({ handle: 'someex' }).painted).toBe(false);
    await page.close();
  });

  test('extension pages open at the preset moz-extension UUID', async () => {
    expect(firefox.extensionId).toBe('e2e-fixture@letting-go.test');
    const page = await firefox.openExtensionPage('page.html');
    expect(await page.evaluate(() => location.href)).toBe(`moz-extension://${firefox.uuid}/page.html`);
    expect(await page.title()).toBe('Fixture page');
    const reply = await page.evaluate(() => browser.runtime.sendMessage('ping'));
    expect(reply).toBe('pong');
    await page.close();
  });
});
