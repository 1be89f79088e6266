/**
 * Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver needed),
 * with the extension installed as a temporary add-on and the stand-in sites reached through a
 * local CONNECT proxy (Firefox has no host-resolver flag). See /work/shared/E2E.md.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';
import { domainsFromManifest, isStandInHost } from './hosts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Given to an extension whose manifest has no gecko id, so its moz-extension UUID can be preset. */
export const FALLBACK_GECKO_ID = 'letting-go-e2e@tests.invalid';

export interface LaunchFirefoxOptions {
  /** The unpacked Firefox build, e.g. .output/firefox-mv2. Omit to launch without an extension. */
  extensionDir?: string;
  /** The stand-in server's port (StandInSites.port). */
  standInPort: number;
  /** The moz-extension:// host; fixed so tests can build extension URLs before install. */
  uuid?: string;
  extraPrefs?: Record<string, unknown>;
  /** Extra domains the proxy sends to the stand-in server (each with its subdomains). */
  extraDomains?: string[];
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id ('' without an extension). */
  extensionId: string;
  uuid: string;
  extensionUrl(path: string): string;
  /**
   * Opens an extension page in `page` (a new tab by default) and waits until it is there.
   * page.goto() to moz-extension:// never resolves over BiDi, so this starts the navigation
   * and polls location.href instead; it also brings the tab to the front, because a background
   * tab throttles timers to ~1 s.
   */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  /** A new tab, brought to the front. */
  newPage(): Promise<Page>;
  proxy: ConnectProxy;
  close(): Promise<void>;
}

interface GeckoManifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  applications?: { gecko?: { id?: string } };
}

/**
 * The add-on id from the manifest. Without one Firefox invents an id at install time, too late to
 * preset the UUID, so the build is copied to a temp dir with FALLBACK_GECKO_ID written in.
 */
function prepareExtension(extensionDir: string): { dir: string; id: string; temp?: string } {
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as GeckoManifest & Record<string, unknown>;
  const id = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (id) return { dir: extensionDir, id };
  const temp = mkdtempSync(join(tmpdir(), 'letting-go-ff-ext-'));
  cpSync(extensionDir, temp, { recursive: true });
  const bss = (manifest.browser_specific_settings ?? {}) as { gecko?: Record<string, unknown> };
  manifest.browser_specific_settings = { ...bss, gecko: { ...bss.gecko, id: FALLBACK_GECKO_ID } };
  writeFileSync(join(temp, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir: temp, id: FALLBACK_GECKO_ID, temp };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function launchFirefox(options: LaunchFirefoxOptions): Promise<FirefoxSession> {
  const uuid = options.uuid ?? randomUUID();
  // BiDi's webExtension.install wants an absolute path.
  const ext = options.extensionDir ? prepareExtension(resolve(options.extensionDir)) : undefined;
  // The proxy lets through the stand-in domains and the extension's own host permissions.
  const extraDomains = [...(ext ? domainsFromManifest(ext.dir) : []), ...(options.extraDomains ?? [])];
  const proxy = await startConnectProxy({
    targetPort: options.standInPort,
    allow: (host) => isStandInHost(host, extraDomains),
  });
  const userDataDir = mkdtempSync(join(tmpdir(), 'letting-go-firefox-'));

  const prefs: Record<string, unknown> = {
    // Every http(s) request goes to our proxy, which only lets the stand-in hosts through.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.share_proxy_settings': false,
    'network.trr.mode': 5, // no DNS over HTTPS
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
    // Pin the extension's moz-extension:// host so tests can build its URLs.
    ...(ext ? { 'extensions.webextensions.uuids': JSON.stringify({ [ext.id]: uuid }) } : {}),
    'privacy.reduceTimerPrecision': false,
    'media.autoplay.default': 0,
    'media.autoplay.blocking_policy': 0,
    // Element Timing is behind a pref in some Firefox versions; harmless where it is on already.
    'dom.enable_element_timing': true,
    ...options.extraPrefs,
  };

  const cleanUp = async (): Promise<void> => {
    await proxy.close();
    rmSync(userDataDir, { recursive: true, force: true });
    if (ext?.temp) rmSync(ext.temp, { recursive: true, force: true });
  };

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true, // the stand-in's certificate is self-signed
      userDataDir,
      extraPrefsFirefox: prefs,
      // Lets automation navigate a tab to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1000, height: 700 },
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }

  let extensionId = '';
  try {
    if (ext) extensionId = await browser.installExtension(ext.dir);
  } catch (error) {
    await browser.close().catch(() => {});
    await cleanUp();
    throw error;
  }
  const origin = `moz-extension://${uuid}/`;
  const extensionUrl = (path: string): string => `${origin}${path.replace(/^\//, '')}`;

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.bringToFront();
    return page;
  };

  const openExtensionPage = async (path: string, given?: Page): Promise<Page> => {
    const page = given ?? (await newPage());
    await page.bringToFront();
    const url = extensionUrl(path);
    // Never awaited: it does not resolve for extension pages (E2E.md).
    page.goto(url).catch(() => {});
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await page
        .evaluate(() => ({ href: location.href, ready: document.readyState }))
        .catch(() => undefined); // the context is being replaced mid-navigation
      if (state && state.href.startsWith(url.replace(/[?#].*$/, '')) && state.ready === 'complete') return page;
      if (Date.now() > deadline) throw new Error(`extension page ${url} did not open (at ${state?.href})`);
      await sleep(50);
    }
  };

  return {
    browser,
    extensionId,
    uuid,
    extensionUrl,
    openExtensionPage,
    newPage,
    proxy,
    close: async () => {
      await browser.close().catch(() => {});
      await cleanUp();
    },
  };
}
