/**
 * "Letting Go sends nothing anywhere" (PRODUCT.md, "Options, onboarding, data"), checked in the
 * real extension in Debian's Chromium: during a full session (add a profile in the options page,
 * open the popup, get stopped on the way to the profile from a link, choose a trigger and go
 * back, open the weekly summary, export a backup) the extension's own pages and its service
 * worker make no network request at all.
 *
 * Three recorders watch, each independently of the others:
 *
 * 1. Playwright's context-wide `request` event. Playwright attaches to every page and every
 *    service worker before their code runs, and (1.5x+) reports service-worker fetches too
 *    (`request.serviceWorker()`), also after the worker was stopped and started again.
 * 2. Raw CDP `Network.requestWillBeSent`, on every tab (a session per page, opened before the tab
 *    loads anything) and on the extension's service worker target (a browser-level session
 *    attached to it with `Target.attachToTarget`; the worker's target outlives a stop, and a new
 *    one is attached as it appears). It carries the requesting document and the script stack
 *    that made the request.
 * 3. Chromium's own network log (`--log-net-log`): every URL request the network stack started,
 *    for the whole browser from its first second (before 1 and 2 could attach to the worker that
 *    starts at install), with its initiating origin and whether it loads a frame. Complete only
 *    once the browser exits.
 *
 * What counts as the extension's request:
 * - a request for an http(s) URL made by an extension page, by the extension's worker, or by the
 *   extension's script anywhere (stack), or whose initiator (network log) is the extension;
 * - any page navigation (main or sub frame) to an http(s) URL other than those this test itself
 *   navigates to or clicks a link to, whoever started it: in this session only the test and the
 *   extension move tabs (the news page has no script; the social stand-in is only loaded). Going
 *   back from the pause screen to the news page returns to a page the test opened.
 * chrome-extension:// resources are not network requests. Every host other than the stand-in
 * sites resolves nowhere (--host-resolver-rules … MAP * ~NOTFOUND), and the recorders still see
 * an attempt to reach one. An attempt a browser policy refuses before sending (CSP) counts when a
 * recorder reports it at all: stricter, not looser.
 *
 * The last tests make the extension's pages and worker request things on purpose, in the same
 * build with any content security policy taken out of its manifest (a CSP would refuse most of
 * them before they became requests), and check that each recorder sees every one and counts it
 * as the extension's: the check above can fail.
 *
 * Each browser is launched here, with the network log on, and watched from its first second.
 * In each part, one session is looked at by two tests (the recorders that watch as it happens;
 * the network log, complete once the browser has quit): whichever test runs first carries the
 * session out, and the other looks at the same one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page, Request } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { type ChromiumLauncher, test } from './harness/fixtures';
import { ExtensionControl, profileRequests, sleep, waitForPause } from './harness/interception';
import { type LoggedRequest, neutralLinkName, type StandInSites } from './harness/stand-in-sites';

const NEWS = 'https://news.example.test/';
const IG_HOME = 'https://www.instagram.com/';
const PROFILE = 'https://www.instagram.com/someex/';

interface Seen {
  recorder: 'playwright' | 'cdp-page' | 'cdp-worker' | 'netlog';
  url: string;
  method: string;
  /** Loads a frame (a document), as opposed to a fetch, script, image, beacon… */
  navigation: boolean;
  /** The requesting document or worker; for the network log, the initiating origin. */
  by: string;
  /** Script URLs in the initiator's stack (CDP only). */
  stack: string[];
}

const isHttp = (url: string): boolean => /^https?:/i.test(url);
const normal = (url: string): string => {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
};
const describeSeen = (r: Seen): string =>
  `${r.recorder} ${r.method} ${r.url}${r.navigation ? ' (navigation)' : ''} by ${r.by || '?'}${r.stack.length ? ` stack ${r.stack.join(' < ')}` : ''}`;

interface CdpStack {
  callFrames: { url: string }[];
  parent?: CdpStack;
}
interface RequestWillBeSent {
  request: { url: string; method: string };
  documentURL?: string;
  type?: string;
  initiator: { type: string; url?: string; stack?: CdpStack };
}
interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}
interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; method?: string; initiator?: string; request_type?: string } }[];
}

/** One browser with the extension, its three recorders, and what the test itself navigated to. */
class Recorded {
  readonly seen: Seen[] = [];
  /** URLs the test navigated tabs to, or clicked a link to: the test's, not the extension's. */
  readonly testNavigations = new Set<string>();
  readonly origin: string;
  private readonly watching = new Map<Page, Promise<void>>();
  private readonly sessions: CDPSession[] = [];

  private constructor(
    readonly chromium: ChromiumSession,
    private readonly netLogPath: string,
  ) {
    this.origin = chromium.extensionUrl('');
  }

  /**
   * Launches Chromium with a copy of the build (so a `wxt build` running meanwhile cannot swap
   * files mid-session), `edit` applied to the copy's manifest, the network log written to
   * `netLogDir`, and the recorders on.
   */
  static async launch(launcher: ChromiumLauncher, netLogDir: string, edit: (manifest: Record<string, unknown>) => void = () => {}): Promise<Recorded> {
    const netLogPath = join(netLogDir, 'netlog.json');
    const chromium = await launcher.launch({
      copyBuild: true,
      editManifest: edit,
      args: [`--log-net-log=${netLogPath}`, '--net-log-capture-mode=Default'],
    });
    const recorded = new Recorded(chromium, netLogPath);
    chromium.context.on('request', (request) => recorded.recordPlaywright(request));
    // Every tab, also those the harness opens itself (ExtensionControl's options page).
    chromium.context.on('page', (page) => recorded.watching.set(page, recorded.watchPage(page).catch(() => {})));
    await recorded.watchWorkers();
    return recorded;
  }

  // Recorder 1: Playwright.
  private recordPlaywright(request: Request): void {
    const worker = request.serviceWorker();
    let by = worker?.url() ?? '';
    if (!worker) {
      try {
        by = request.frame().url();
      } catch {
        by = '';
      }
    }
    this.seen.push({ recorder: 'playwright', url: request.url(), method: request.method(), navigation: request.isNavigationRequest(), by, stack: [] });
  }

  // Recorder 2: raw CDP on every tab and on the worker.
  private recordCdp(recorder: 'cdp-page' | 'cdp-worker', workerUrl: string | null, e: RequestWillBeSent): void {
    const stack: string[] = [];
    if (e.initiator.url) stack.push(e.initiator.url);
    for (let s = e.initiator.stack; s; s = s.parent) stack.push(...s.callFrames.map((f) => f.url));
    const navigation = e.type === 'Document';
    this.seen.push({
      recorder,
      url: e.request.url,
      method: e.request.method,
      navigation,
      // A navigation's documentURL is its own URL; who started it is in the initiator.
      by: workerUrl ?? (navigation ? (e.initiator.url ?? '') : (e.documentURL ?? '')),
      stack: [...new Set(stack.filter(Boolean))],
    });
  }

  private async watchPage(page: Page): Promise<void> {
    const session = await this.chromium.context.newCDPSession(page);
    this.sessions.push(session);
    session.on('Network.requestWillBeSent', (e) => this.recordCdp('cdp-page', null, e as unknown as RequestWillBeSent));
    await session.send('Network.enable');
  }

  private async watchWorkers(): Promise<void> {
    const browser = await this.chromium.cdp();
    const workers = new Map<string, string>(); // CDP sessionId -> worker script URL
    browser.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      const workerUrl = workers.get(e.sessionId);
      if (workerUrl === undefined) return;
      const message = JSON.parse(e.message) as { method?: string; params?: unknown };
      if (message.method === 'Network.requestWillBeSent') this.recordCdp('cdp-worker', workerUrl, message.params as RequestWillBeSent);
    });
    const attached = new Set<string>();
    const attach = async (info: TargetInfo): Promise<void> => {
      if (info.type !== 'service_worker' || !info.url.startsWith(this.origin) || attached.has(info.targetId)) return;
      attached.add(info.targetId);
      // flatten: false, so the worker's messages arrive as events on this browser-level session
      // (Playwright's CDPSession cannot address a flat child session).
      const { sessionId } = await browser.send('Target.attachToTarget', { targetId: info.targetId, flatten: false });
      workers.set(sessionId, info.url);
      await browser.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
    };
    browser.on('Target.targetCreated', (e: { targetInfo: TargetInfo }) => void attach(e.targetInfo).catch(() => {}));
    browser.on('Target.targetInfoChanged', (e: { targetInfo: TargetInfo }) => void attach(e.targetInfo).catch(() => {}));
    await browser.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = await browser.send('Target.getTargets');
    for (const info of targetInfos) await attach(info);
  }

  /** A new tab whose requests recorder 2 sees from the start. */
  async newTab(): Promise<Page> {
    const page = await this.chromium.newPage();
    await this.watching.get(page);
    return page;
  }

  async goto(page: Page, url: string): Promise<void> {
    if (isHttp(url)) this.testNavigations.add(normal(url));
    await page.goto(url);
  }

  /** The extension's requests among what the recorders saw (see the file comment). */
  extensionRequests(from: readonly Seen[]): Seen[] {
    const originNoSlash = this.origin.replace(/\/$/, '');
    return from.filter((r) => {
      if (!isHttp(r.url)) return false;
      if (r.navigation) return !this.testNavigations.has(normal(r.url));
      return r.by.startsWith(this.origin) || r.by === originNoSlash || r.stack.some((url) => url.startsWith(this.origin));
    });
  }

  /** Waits until the extension's worker has finished installing and activating. */
  async untilActivated(): Promise<void> {
    const worker = await this.chromium.serviceWorker();
    await expect
      .poll(() => worker.evaluate(() => (self as unknown as { registration: { active: { state: string } | null } }).registration.active?.state), {
        message: 'the service worker to be activated',
      })
      .toBe('activated');
  }

  /** Closes the browser (which completes the network log) and returns recorder 3's requests. */
  async closeAndReadNetLog(): Promise<Seen[]> {
    await this.chromium.close();
    const log = JSON.parse(readFileSync(this.netLogPath, 'utf8')) as NetLog;
    const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    return log.events
      .filter((e) => e.type === startJob && typeof e.params?.url === 'string')
      .map((e) => ({
        recorder: 'netlog' as const,
        url: e.params!.url!,
        method: e.params!.method ?? '',
        navigation: e.params!.request_type === 'main frame' || e.params!.request_type === 'sub frame',
        by: e.params!.initiator ?? '',
        stack: [],
      }));
  }
}

/** Once per part of the file: whichever of its tests runs first carries the session out (again on a retry, if it failed). */
function once<A, T>(run: (arg: A) => Promise<T>): (arg: A) => Promise<T> {
  let done: Promise<T> | undefined;
  return (arg) =>
    (done ??= run(arg).catch((error: unknown) => {
      done = undefined;
      throw error;
    }));
}

interface Fixtures {
  launcher: ChromiumLauncher;
  sites: StandInSites;
  tempDir: (prefix?: string) => string;
}

describe('the build as it ships', () => {
  /** A full session in the build as it ships, its recorders and what the stand-in sites received meanwhile. */
  const session = once(async ({ launcher, sites, tempDir }: Fixtures): Promise<{ rec: Recorded; received: LoggedRequest[] }> => {
    const rec = await Recorded.launch(launcher, tempDir('letting-go-no-network-'));
    const control = new ExtensionControl(rec.chromium);
    const { chromium } = rec;
    sites.reset();
    // The worker started at install, before recorders 1 and 2 attached: stop it, so what it
    // does every time it starts (rebuild the rules, schedule the weekly summary…) happens under
    // their eyes when the first storage change wakes it. Only once activated: a worker stopped
    // while still installing is started again at once to finish, and stays running.
    await rec.untilActivated();
    await chromium.stopServiceWorkers();

    const options = await rec.newTab();
    await rec.goto(options, chromium.extensionUrl('options.html'));
    await options.getByLabel('Profile URL').fill(PROFILE);
    await options.getByRole('button', { name: 'Add profile' }).click();
    await options.getByRole('status').filter({ hasText: 'Added Instagram @someex' }).waitFor();
    await control.waitForRules(['someex']);
    expect(await chromium.isServiceWorkerRunning()).toBe(true);

    const popup = await rec.newTab();
    await rec.goto(popup, chromium.extensionUrl('popup.html'));
    await popup.getByText('1 profile pauses before opening.').waitFor();

    // The guard and the feed script (content scripts) run on the network's pages: an unlisted
    // page shows as usual, with the listed person's links kept out of it ("Keep them out of my
    // feeds" is on for someone added from the settings page).
    const site = await rec.newTab();
    await rec.goto(site, IG_HOME);
    await site.getByRole('link', { name: '/someone_else/ (push-first)' }).waitFor();
    await expect.poll(() => site.getByRole('link', { name: '/someex/ (push-first)' }).isVisible(), { message: 'their link kept out of the page' }).toBe(false);

    // From a link on another site to the listed profile: stopped before the request is sent.
    const tab = await rec.newTab();
    await rec.goto(tab, NEWS);
    rec.testNavigations.add(PROFILE);
    await tab.getByRole('link', { name: neutralLinkName(PROFILE), exact: true }).click();
    await waitForPause(chromium, tab, 'Instagram @someex');
    await tab.getByRole('checkbox', { name: 'Lonely' }).check();
    await tab.getByRole('button', { name: 'Go back' }).click();
    await expect.poll(() => tab.url(), { message: 'the news page again' }).toBe(NEWS);

    const summary = await rec.newTab();
    await rec.goto(summary, chromium.extensionUrl('summary.html'));
    await summary.getByRole('heading', { level: 1 }).waitFor();

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export a full backup (JSON)' }).click();
    const file = await (await download).path();
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { people: unknown[]; urges: unknown[] };
    expect(JSON.stringify(backup.people)).toContain('instagram:someex');
    expect(backup.urges).toEqual([expect.objectContaining({ outcome: 'turned-back', triggers: ['lonely'] })]);

    // Whatever the pages and the worker might do a moment later (timers, idle callbacks).
    await sleep(1_500);
    return { rec, received: sites.requests() };
  });

  test('a full session: the extension’s pages and worker make no network request', async ({ launcher, sites, tempDir }) => {
    const { rec, received } = await session({ launcher, sites, tempDir });
    const { chromium } = rec;
    const made = rec.extensionRequests(rec.seen);
    const count = (recorder: Seen['recorder']): number => rec.seen.filter((r) => r.recorder === recorder).length;
    console.log(
      `no-network session: playwright saw ${count('playwright')} requests, cdp on tabs ${count('cdp-page')}, cdp on the worker ${count('cdp-worker')}; the extension's: ${made.length}`,
    );
    expect(made.map(describeSeen)).toEqual([]);
    // The recorders were watching: they saw the extension's pages load and the test's visits.
    for (const recorder of ['playwright', 'cdp-page'] as const) {
      expect(rec.seen.some((r) => r.recorder === recorder && r.url === chromium.extensionUrl('popup.html'))).toBe(true);
      expect(rec.seen.some((r) => r.recorder === recorder && r.url === NEWS)).toBe(true);
    }

    // The stand-in sites (every network's hosts and the news site) received the test's own page
    // loads and what those pages fetch themselves, and nothing for the profile.
    const during = { requests: (filter: (r: LoggedRequest) => boolean) => received.filter(filter) };
    expect(profileRequests(during, 'someex', 'instagram.com')).toEqual([]);
    const others = received.filter((r) => !rec.testNavigations.has(normal(`${r.scheme}://${r.host}${r.path}${r.search}`)) && !r.path.startsWith('/__') && r.path !== '/favicon.ico');
    expect(others.map((r) => `${r.host}${r.path}${r.search}`)).toEqual([]);
  });

  test('Chromium’s own network log agrees, from the browser’s start (install) to its exit', async ({ launcher, sites, tempDir }) => {
    const { rec } = await session({ launcher, sites, tempDir });
    const log = await rec.closeAndReadNetLog();
    const made = rec.extensionRequests(log);
    console.log(`no-network netlog: ${log.length} URL requests in the browser's whole life (its own and the test's); the extension's: ${made.length}`);
    expect(made.map(describeSeen)).toEqual([]);
    // It was recording: the test's own visits are there.
    expect(log.some((r) => r.url === NEWS && r.navigation)).toBe(true);
    expect(log.some((r) => r.url === IG_HOME && r.navigation)).toBe(true);
  });
});

describe('the recorders see the extension’s requests (so the checks above can fail)', () => {
  const CANARY = {
    pageFetch: 'https://example.test/canary/page-fetch',
    pageUnresolvable: 'https://nowhere.invalid/canary/page-unresolvable',
    pageImage: 'https://www.instagram.com/canary/page-image',
    pageBeacon: 'https://example.test/canary/page-beacon',
    pageNavigation: 'https://example.test/canary/page-navigation',
    workerFetch: 'https://example.test/canary/worker-fetch',
    workerTab: 'https://example.test/canary/worker-tab',
  };

  /** The extension's pages and worker, in the build without a CSP, requesting each canary on purpose. */
  const canaries = once(async ({ launcher, sites, tempDir }: Fixtures): Promise<Recorded> => {
    const rec = await Recorded.launch(launcher, tempDir('letting-go-no-network-'), (manifest) => delete manifest.content_security_policy);
    const { chromium } = rec;
    await rec.untilActivated();
    const page = await rec.newTab();
    await rec.goto(page, chromium.extensionUrl('options.html'));
    await page.evaluate((url) => fetch(url).catch(() => {}), CANARY.pageFetch);
    await page.evaluate((url) => fetch(url).catch(() => {}), CANARY.pageUnresolvable);
    await page.evaluate(
      (url) =>
        new Promise<void>((resolve) => {
          const img = new Image();
          img.onload = img.onerror = () => resolve();
          img.src = url;
        }),
      CANARY.pageImage,
    );
    await page.evaluate((url) => navigator.sendBeacon(url, 'x'), CANARY.pageBeacon);
    await page.evaluate((url) => location.assign(url), CANARY.pageNavigation);
    await expect.poll(() => page.url(), { message: 'the canary navigation' }).toBe(CANARY.pageNavigation);

    // The worker, stopped first so that the one answering is a fresh start.
    await chromium.stopServiceWorkers();
    const control = new ExtensionControl(chromium);
    await control.set({ canaryWake: Date.now() }); // a storage change wakes it (its watchers)
    await expect.poll(() => chromium.isServiceWorkerRunning(), { message: 'the worker to start again' }).toBe(true);
    const worker = await chromium.serviceWorker();
    await worker.evaluate((url) => fetch(url).catch(() => {}), CANARY.workerFetch);
    await worker.evaluate((url) => (globalThis as unknown as { chrome: { tabs: { create(o: object): Promise<unknown> } } }).chrome.tabs.create({ url, active: false }), CANARY.workerTab);
    await sites.waitForRequest({ path: '/canary/worker-tab' });
    await sleep(500);
    return rec;
  });

  test('requests made on purpose by an extension page and by the worker are seen and counted', async ({ launcher, sites, tempDir }) => {
    const rec = await canaries({ launcher, sites, tempDir });
    const made = rec.extensionRequests(rec.seen);
    const by = (recorder: Seen['recorder'], url: string): number => made.filter((r) => r.recorder === recorder && r.url === url).length;
    const table = Object.fromEntries(
      Object.entries(CANARY).map(([name, url]) => [name, { playwright: by('playwright', url), cdpPage: by('cdp-page', url), cdpWorker: by('cdp-worker', url) }]),
    );
    console.log('no-network canaries (requests counted as the extension’s, per recorder):', JSON.stringify(table));
    // A tab the worker opens may start loading before recorders 1 and 2 attach to it (here
    // they usually miss it): the network log below is the one that must see it.
    const page3 = { playwright: 1, cdpPage: 1, cdpWorker: 0 };
    expect(Object.fromEntries(Object.entries(table).filter(([name]) => name !== 'workerTab'))).toEqual({
      pageFetch: page3,
      pageUnresolvable: page3,
      pageImage: page3,
      pageBeacon: page3,
      pageNavigation: page3,
      workerFetch: { playwright: 1, cdpPage: 0, cdpWorker: 1 },
    });
    // And nothing else was counted: the harness's own options tab and the test's visits are not.
    expect(made.filter((r) => !r.url.includes('/canary/')).map(describeSeen)).toEqual([]);
  });

  test('the network log sees every one of them, the worker’s new tab included', async ({ launcher, sites, tempDir }) => {
    const rec = await canaries({ launcher, sites, tempDir });
    const made = rec.extensionRequests(await rec.closeAndReadNetLog());
    expect(made.map((r) => r.url).sort()).toEqual(Object.values(CANARY).sort());
  });
});
