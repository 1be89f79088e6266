/**
 * Proves the browser-test harness works on its own in Firefox, with a do-nothing fixture
 * extension: the stand-in sites are reached through the CONNECT proxy and log requests, and the
 * first-frame check says "painted" when the profile was and not when <html> was hidden (Firefox
 * ESR has no Element Timing). Chromium: harness.chromium.test.ts.
 */
import type { Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { describe, expect } from 'vitest';
import { FIXTURE_FIREFOX } from './harness/builds';
import { firefoxTest as test } from './harness/fixtures';

test.override('firefoxOptions', { extensionDir: FIXTURE_FIREFOX });

// Extension APIs, as the callbacks passed to page.evaluate() see them inside extension pages.
declare const browser: Browser.Browser;

describe('Firefox', () => {
  const profileText = (page: Page): Promise<string | null> =>
    page.evaluate(() => document.getElementById('profile')?.firstChild?.textContent ?? null);

  test('reaches the stand-ins through the proxy, and the server logs each request', async ({ page, sites }) => {
    const response = await page.goto('https://www.instagram.com/');
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Instagram (stand-in)');
    expect(sites.requests({ host: 'www.instagram.com', path: '/' })).toHaveLength(1);
    await page.goto('https://mobile.twitter.com/');
    expect(sites.requests({ host: 'mobile.twitter.com', path: '/' })).toHaveLength(1);
  });

  test('the proxy refuses every other host', async ({ firefox, page }) => {
    await expect(page.goto('https://example.com/')).rejects.toThrow();
    expect(firefox.proxy.refused()).toContain('example.com');
  });

  test('in-app navigation renders the profile and reports it painted: the control', async ({ page, sites }) => {
    await page.goto('https://www.instagram.com/');
    await page.locator(`a[data-path="/someex/"][data-mode="push-first"]`).click();
    await expect.poll(() => profileText(page)).toBe('PROFILE OF someex');
    expect(page.url()).toBe('https://www.instagram.com/someex/');
    const frame = await sites.waitForReport({ handle: 'someex', reason: 'frame' });
    // Firefox ESR has no Element Timing; the first-frame check carries the proof there.
    expect(frame.elementTimingSupported).toBe(false);
    expect(sites.paintSummary({ handle: 'someex' })).toMatchObject({ views: 1, frameVisible: true, painted: true });
    expect(sites.requests({ pathPrefix: '/someex/' })).toHaveLength(0);
  });

  test('a profile hidden in the same task as pushState is reported never painted', async ({ page, sites }) => {
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
  });

  test('extension pages open at the preset moz-extension UUID', async ({ firefox }) => {
    expect(firefox.extensionId).toBe('e2e-fixture@letting-go.test');
    const page = await firefox.openExtensionPage('page.html');
    expect(await page.evaluate(() => location.href)).toBe(`moz-extension://${firefox.uuid}/page.html`);
    expect(await page.title()).toBe('Fixture page');
    const reply = await page.evaluate(() => browser.runtime.sendMessage('ping'));
    expect(reply).toBe('pong');
  });
});
