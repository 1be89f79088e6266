/**
 * Helpers for the interception tests (tests/e2e/interception-*.chromium.test.ts): list profiles
 * through extension storage, wait for the background to turn the list into request rules, and
 * recognise the pause page. Everything here goes through the extension's public contract
 * (storage keys, the pause page's address and text), never through its code.
 *
 * Waits are expect.poll, so they must run inside a test or a beforeEach/afterEach hook (vitest
 * refuses expect.poll in beforeAll/afterAll).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type Browser from 'webextension-polyfill';
import type { ChromiumSession } from './chromium';
import type { LoggedRequest, PaintSummary, StandInSites } from './stand-in-sites';
import type { PersonV1, StoredUrge } from './stored';

// Extension APIs, as the callbacks passed to page.evaluate() see them inside extension pages.
declare const chrome: Browser.Browser & {
  declarativeNetRequest: {
    getDynamicRules(): Promise<unknown[]>;
    getSessionRules(): Promise<unknown[]>;
  };
};

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A pattern for strings that start with `prefix` (for expect(…).toMatch). */
export const startingWith = (prefix: string): RegExp => new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/**
 * The stored people list with one person holding these profile keys, in the shape version 1 of
 * the extension stored (no relationship: the extension reads it as an ex).
 */
export function peopleWith(keys: readonly string[]): PersonV1[] {
  return [{ id: 'a', name: '', addedAt: 0, profiles: keys.map((key) => ({ key, addedAt: 0 })) }];
}

/**
 * An extension page kept open in its own tab, to read and write the extension's storage and
 * look at its request rules, as the options page would. Works whether or not the service
 * worker is running.
 */
export class ExtensionControl {
  private static readonly controlPages = new WeakSet<Page>();
  /** Whether `page` is an ExtensionControl's own tab, which stays open from test to test. */
  static isControlPage(page: Page): boolean {
    return ExtensionControl.controlPages.has(page);
  }

  private page: Page | undefined;
  constructor(private readonly session: ChromiumSession) {}

  async open(): Promise<Page> {
    if (this.page && !this.page.isClosed()) return this.page;
    this.page = await this.session.newPage();
    ExtensionControl.controlPages.add(this.page);
    await this.page.goto(this.session.extensionUrl('options.html'));
    return this.page;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const page = await this.open();
    await page.evaluate((value) => chrome.storage.local.set(value), items);
  }

  async get(key: string): Promise<unknown> {
    const page = await this.open();
    return page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
  }

  async remove(keys: string[]): Promise<void> {
    const page = await this.open();
    await page.evaluate((k) => chrome.storage.local.remove(k), keys);
  }

  /** Everything in the extension's local storage, by key. */
  async all(): Promise<Record<string, unknown>> {
    const page = await this.open();
    return page.evaluate(() => chrome.storage.local.get(null));
  }

  /** Every stored urge (keys `urge:*`), in storage's order. */
  async urges(): Promise<StoredUrge[]> {
    return Object.entries(await this.all())
      .filter(([key]) => key.startsWith('urge:'))
      .map(([, value]) => value as StoredUrge);
  }

  /** Removes every stored urge, or every one but those `keep` names. */
  async removeUrges(keep: ReadonlySet<string> = new Set()): Promise<void> {
    const keys = Object.keys(await this.all()).filter((key) => key.startsWith('urge:') && !keep.has(key));
    // The digest counts them too: removed behind its back, it goes as well (pages count it again).
    if (keys.length > 0) await this.remove([...keys, 'urgeDigest']);
  }

  /**
   * Ends every allowance ("Continue" opens a profile for minutes) and waits until the background
   * has taken away the session rules that let those profiles through.
   */
  async endAllowances(): Promise<void> {
    if ((await this.get('allowances')) !== undefined) await this.remove(['allowances']);
    await expect.poll(() => this.sessionRules(), { message: 'the allow rules to be removed' }).toBe('[]');
  }

  async dynamicRules(): Promise<string> {
    const page = await this.open();
    return JSON.stringify(await page.evaluate(() => chrome.declarativeNetRequest.getDynamicRules()));
  }

  async sessionRules(): Promise<string> {
    const page = await this.open();
    return JSON.stringify(await page.evaluate(() => chrome.declarativeNetRequest.getSessionRules()));
  }

  /**
   * Lists exactly these profile keys and waits until the background has rebuilt the redirect
   * rules: every listed identifier appears in them and every `absent` one does not.
   */
  async listProfiles(keys: readonly string[], absent: readonly string[] = []): Promise<void> {
    await this.set({ people: peopleWith(keys) });
    await this.waitForRules(keys.map(idOf), absent.map(idOf));
  }

  async waitForRules(present: readonly string[], absent: readonly string[] = [], timeoutMs = 10_000): Promise<void> {
    await expect
      .poll(
        async () => {
          const rules = (await this.dynamicRules()).toLowerCase();
          return {
            missing: present.filter((id) => !rules.includes(id.toLowerCase())),
            unwanted: absent.filter((id) => rules.includes(id.toLowerCase())),
          };
        },
        { message: `redirect rules naming ${present.join(', ')}${absent.length ? ` and not ${absent.join(', ')}` : ''}`, timeout: timeoutMs },
      )
      .toEqual({ missing: [], unwanted: [] });
  }

  /**
   * The pause page's address for a visit the user started (as the request rules and the guard
   * write it, with this installation's pass): relative to the extension's root.
   */
  async pausePath(target: string, via: 'load' | 'app' = 'app'): Promise<string> {
    let pass: unknown;
    await expect.poll(async () => typeof (pass = await this.get('pausePass')), { message: 'the background to make the pause pass' }).toBe('string');
    return `pause.html?via=${via}&pass=${pass as string}&url=${target}`;
  }

  async close(): Promise<void> {
    await this.page?.close().catch(() => {});
    this.page = undefined;
  }
}

/** 'someex' from 'instagram:someex'. */
const idOf = (key: string): string => key.slice(key.indexOf(':') + 1);

/**
 * Requests the stand-in sites received for a profile, however its URL was written: the handle
 * (or numeric id) anywhere in the decoded path (or profile.php's query), dots ignored (Facebook's some.ex is
 * someex). The pages' own beacons and media (/__…) do not count.
 */
export function profileRequests(sites: Pick<StandInSites, 'requests'>, id: string, site?: string): LoggedRequest[] {
  const want = id.toLowerCase();
  return sites.requests((r) => {
    if (r.path.startsWith('/__') || r.path === '/favicon.ico') return false;
    if (site !== undefined && !inSite(r.host, site)) return false;
    // The query counts only where it names the profile (profile.php?id=…): a page's own links
    // (?links=/someex/) do not.
    let text = /\/profile\.php$/i.test(r.path) ? r.path + r.search : r.path;
    try {
      text = decodeURIComponent(text);
    } catch {
      // keep it raw
    }
    return text.toLowerCase().replace(/\./g, '').includes(want);
  });
}

export interface PauseView {
  url: URL;
  /** The `via=` of the pause page's address: 'load' (request rules) or 'app' (content script). */
  via: string | null;
  /** Everything after `&url=`: the address that was stopped. */
  target: string;
}

/** The pause page's address prefix for this session. */
export const pausePrefix = (session: ChromiumSession): string => session.extensionUrl('pause.html');

export const isPause = (session: ChromiumSession, url: string): boolean => url.startsWith(pausePrefix(session));

/**
 * Waits until the tab shows the pause page for `profile` ("Instagram @someex"): its address,
 * its heading and the sentence naming the profile.
 */
export async function waitForPause(session: ChromiumSession, page: Page, profile: string, timeoutMs = 10_000): Promise<PauseView> {
  // Polled rather than page.waitForURL(), which gives up when a navigation it saw is aborted
  // (as the site's navigation is, when the content script moves the tab on).
  await expect
    .poll(() => page.url(), { message: 'the tab to show the pause page', timeout: timeoutMs, interval: 10 })
    .toMatch(startingWith(pausePrefix(session)));
  await page.getByRole('heading', { name: 'A moment before you look' }).waitFor({ timeout: timeoutMs });
  const sentence = page.getByText(`You were about to open ${profile}.`, { exact: true });
  await sentence.waitFor({ timeout: timeoutMs });
  const href = page.url();
  const at = href.indexOf('&url=');
  return { url: new URL(href), via: new URL(href).searchParams.get('via'), target: at === -1 ? '' : href.slice(at + 5) };
}

/** What the pause asks after the breath: what set the urge off, or how strong it is (never both). */
export type PauseQuestion = 'trigger' | 'strength';

/**
 * Waits for the breath to end and answers the one question the pause then asks (the first pause
 * of a day asks what set it off, the next how strong it is, and so on), optionally writing what
 * the user hoped to find behind its link. Returns the question that was asked.
 */
export async function answerPause(page: Page, answer: { trigger?: string; strength?: string; hoping?: string } = {}): Promise<PauseQuestion> {
  const triggers = page.getByRole('group', { name: 'What set it off?' });
  const strength = page.getByRole('group', { name: 'How strong is the urge right now?' });
  await expect
    .poll(async () => (await triggers.count()) + (await strength.count()), { message: 'the one question after the breath' })
    .toBeGreaterThan(0);
  const asked: PauseQuestion = (await triggers.count()) > 0 ? 'trigger' : 'strength';
  if (asked === 'trigger') await triggers.getByRole('checkbox', { name: answer.trigger ?? 'Lonely', exact: true }).check();
  else await strength.getByRole('radio', { name: answer.strength ?? '6', exact: true }).check();
  if (answer.hoping !== undefined) {
    await page.getByRole('button', { name: 'What are you hoping to find?' }).click();
    await page.getByLabel('What are you hoping to find? (optional)').fill(answer.hoping);
  }
  return asked;
}

/**
 * Waits for the stand-in page's final paint report about `handle` (sent on pagehide, once the
 * tab has left the site), so that the paint summary that follows is complete.
 */
export async function waitForFinalReport(sites: StandInSites, handle: string, site: string, timeoutMs = 5_000): Promise<void> {
  await sites.waitForReport(
    (r) =>
      r.handle.toLowerCase() === handle.toLowerCase() &&
      inSite(r.host, site) &&
      (r.reason === 'pagehide' || r.reason === 'hidden'),
    timeoutMs,
  );
}

/** 'm.instagram.com' and 'www.instagram.com.' are in 'instagram.com'. */
export function inSite(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === site || h.endsWith(`.${site}`);
}

/**
 * The paint summary for `handle` once the tab has left the site, whether or not the page got as
 * far as rendering the profile (on a full load the guard may stop the page before its script
 * runs). A page that rendered it has sent an 'inserted' beacon at once, before leaving; then its
 * final report (pagehide) is awaited. The short pause lets a beacon still in flight arrive.
 */
export async function finalPaintSummary(sites: StandInSites, handle: string, site: string): Promise<PaintSummary> {
  const mine = (r: { handle: string; host: string }) => r.handle.toLowerCase() === handle.toLowerCase() && inSite(r.host, site);
  await sleep(100);
  if (sites.reports((r) => mine(r) && r.reason === 'inserted').length > 0) await waitForFinalReport(sites, handle, site);
  return sites.paintSummary(mine);
}
