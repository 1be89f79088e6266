/**
 * Debian's Chromium, driven by playwright-core, with an unpacked extension and the stand-in
 * sites mapped under the real host names. See /work/shared/E2E.md for why each flag is there.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { STAND_IN_DOMAINS, domainsFromManifest } from './hosts';

export { STAND_IN_DOMAINS, STAND_IN_HOSTS } from './hosts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `MAP *.domain` + `MAP domain` for every stand-in domain (also with a trailing dot, a URL form
 * the content script must catch), then send every other name nowhere so nothing leaves the
 * machine. The MAP target's port replaces the URL's, so https://www.instagram.com/ reaches us.
 */
export function hostResolverRules(port: number, domains: readonly string[] = STAND_IN_DOMAINS): string {
  const to = `127.0.0.1:${port}`;
  const maps = domains.flatMap((d) => [`MAP *.${d} ${to}`, `MAP ${d} ${to}`, `MAP *.${d}. ${to}`, `MAP ${d}. ${to}`]);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
}

/**
 * The id Chromium gives an unpacked extension: from the manifest's "key" when it has one, else
 * from the directory's absolute path. SHA-256, first 16 bytes, hex digits 0-f written as a-p.
 * Needed on relaunch, when the service worker may not start on its own to tell us.
 */
export function unpackedExtensionId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { key?: string };
  const input = manifest.key ? Buffer.from(manifest.key, 'base64') : Buffer.from(realpathSync(extensionDir));
  return [...createHash('sha256').update(input).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16)))
    .join('');
}

export interface LaunchChromiumOptions {
  /** The unpacked build, e.g. .output/chrome-mv3. Omit to launch without an extension. */
  extensionDir?: string;
  /** The stand-in server's port (StandInSites.port). */
  standInPort: number;
  /** Reuse a profile (restart tests). When given it is kept on close; otherwise a temp dir is made and removed. */
  userDataDir?: string;
  /**
   * Extra domains to map to the stand-in server (each with its subdomains). The stand-in
   * domains and every domain in the extension's host permissions are mapped already.
   */
  extraDomains?: string[];
  args?: string[];
}

export interface ChromiumSession {
  /** The browser's one context; a new one after relaunch(). */
  readonly context: BrowserContext;
  /** '' when launched without an extension. */
  extensionId: string;
  extensionUrl(path: string): string;
  userDataDir: string;
  /** The extension's running service worker, waiting (and waking it, if asked) when needed. */
  serviceWorker(timeoutMs?: number): Promise<Worker>;
  /**
   * Stops the extension's service worker (all service workers when launched without an
   * extension), as Chromium does when it is idle. Playwright keeps its Worker object; wake the
   * worker (open an extension page, send a message, visit a site) before using it again.
   */
  stopServiceWorkers(): Promise<void>;
  /** Whether Chromium currently runs the extension's service worker (CDP Target.getTargets). */
  isServiceWorkerRunning(): Promise<boolean>;
  /** A browser-level CDP session (lazily made, reused). */
  cdp(): Promise<CDPSession>;
  /** A new tab. */
  newPage(): Promise<Page>;
  /**
   * Quits the browser and starts it again on the same profile, as a user restarting it would:
   * the extension's storage and request rules are kept; the pages, workers and CDP sessions of
   * the previous run are gone. The session object stays valid (its `context` is the new one).
   */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

export async function launchChromium(options: LaunchChromiumOptions): Promise<ChromiumSession> {
  const ownsDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'letting-go-chromium-'));
  const extensionDir = options.extensionDir ? realpathSync(options.extensionDir) : undefined;
  const domains = [
    ...new Set([...STAND_IN_DOMAINS, ...(extensionDir ? domainsFromManifest(extensionDir) : []), ...(options.extraDomains ?? [])]),
  ];
  const args = [
    '--no-sandbox', // we run as root
    '--disable-gpu',
    // Without these Chromium keeps trying to reach hosts this machine cannot reach.
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors', // the stand-in's certificate is self-signed
    `--host-resolver-rules=${hostResolverRules(options.standInPort, domains)}`,
    '--autoplay-policy=no-user-gesture-required',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...(options.args ?? []),
  ];
  const launchContext = (): Promise<BrowserContext> =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args,
      viewport: { width: 1000, height: 700 },
    });
  let context = await launchContext();

  const extensionId = extensionDir ? unpackedExtensionId(extensionDir) : '';
  const origin = `chrome-extension://${extensionId}/`;
  const isOurs = (w: Worker): boolean => w.url().startsWith(origin);

  let browserCdp: CDPSession | undefined;
  const cdp = async (): Promise<CDPSession> => {
    const browser = context.browser();
    if (!browser) throw new Error('persistent context without a Browser: no browser-level CDP');
    browserCdp ??= await browser.newBrowserCDPSession();
    return browserCdp;
  };

  const serviceWorker = async (timeoutMs = 10_000): Promise<Worker> => {
    const running = context.serviceWorkers().find(isOurs);
    if (running) return running;
    return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs });
  };

  if (extensionDir && ownsDir) {
    // A fresh profile installs the extension, which starts its service worker: its URL confirms
    // the id computed above (a mismatch would mean the computation is wrong for this build).
    const worker = await serviceWorker();
    const fromWorker = new URL(worker.url()).host;
    if (fromWorker !== extensionId) throw new Error(`extension id ${fromWorker} != computed ${extensionId}`);
  }

  return {
    get context() {
      return context;
    },
    extensionId,
    extensionUrl: (path) => `${origin}${path.replace(/^\//, '')}`,
    userDataDir,
    serviceWorker,
    stopServiceWorkers: async () => {
      // The browser-level session has no ServiceWorker domain; a page's session does, and it
      // sees the extension's worker (same storage partition). stopWorker is what the "Stop"
      // button in chrome://serviceworker-internals does: the worker's global state is lost and
      // the next event starts it afresh. Verified: a counter in storage.session goes 1 -> 2.
      const temp = context.pages()[0] ? undefined : await context.newPage();
      const page = temp ?? context.pages()[0]!;
      const session = await context.newCDPSession(page);
      try {
        const versions = new Map<string, { versionId: string; scriptURL: string; runningStatus: string }>();
        session.on('ServiceWorker.workerVersionUpdated', (e) => {
          for (const v of e.versions) versions.set(v.versionId, v);
        });
        await session.send('ServiceWorker.enable'); // replays the current versions as events
        const deadline = Date.now() + 10_000;
        const ours = () => [...versions.values()].filter((v) => !extensionId || v.scriptURL.startsWith(origin));
        // Give the replayed events a moment to arrive.
        await new Promise((r) => setTimeout(r, 50));
        for (const v of ours()) {
          if (v.runningStatus !== 'stopped') await session.send('ServiceWorker.stopWorker', { versionId: v.versionId });
        }
        while (ours().some((v) => v.runningStatus !== 'stopped')) {
          if (Date.now() > deadline) throw new Error('service worker did not stop within 10 s');
          await new Promise((r) => setTimeout(r, 20));
        }
        await session.send('ServiceWorker.disable');
      } finally {
        await session.detach().catch(() => {});
        await temp?.close();
      }
    },
    isServiceWorkerRunning: async () => {
      const session = await cdp();
      const { targetInfos } = await session.send('Target.getTargets');
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(origin));
    },
    cdp,
    newPage: () => context.newPage(),
    relaunch: async () => {
      await context.close();
      browserCdp = undefined;
      context = await launchContext();
    },
    close: async () => {
      await context.close().catch(() => {});
      if (ownsDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
