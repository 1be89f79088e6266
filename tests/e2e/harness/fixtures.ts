/**
 * The browser tests' fixtures (vitest's test.extend), so that no spec starts the stand-in sites or
 * a browser itself:
 *
 * - per test file (`scope: 'file'`, started when a test or a beforeAll first asks for them, closed
 *   after the file's last test): the stand-in sites (`sites`), Chromium with the built extension
 *   (`chromium`), an extension page to read and change its storage (`control`); for the Firefox
 *   spec, Firefox with its build (`firefox`) and its options page (`extensionPage`);
 * - per test: a fresh tab (`page`), the stand-in server's logs emptied before the test, and every
 *   tab the test opened (itself, or through the extension or a site) closed after it.
 *
 * A file whose browser differs says so once, at its top, and every test in it gets that browser:
 *
 *     test.override('chromiumOptions', { extraDomains: ['pinterest.com'] });
 *
 * (`test.override` changes the fixtures of the one file it is called in: vitest evaluates each
 * test file with its own copy of this module.) A test about launching itself (a relaunch, a
 * second fresh browser) asks `launcher` for one more browser, closed with the file's.
 *
 * What a file keeps in the extension (a list of profiles, its settings) is set up in its
 * beforeEach, so that every test runs alone and in any order (`--sequence.shuffle`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { test as base } from 'vitest';
import { chromeBuild, firefoxBuild } from './builds';
import { launchChromium, type ChromiumSession } from './chromium';
import { launchFirefox, type FirefoxSession, type LaunchFirefoxOptions } from './firefox';
import { ExtensionControl } from './interception';
import { startStandInSites } from './stand-in-sites';

/** How a file's Chromium differs from the usual one (the Chrome build, a fresh profile). */
export interface ChromiumOptions {
  /** The unpacked extension to load; .output/chrome-mv3 (`npm run build`) by default. */
  extensionDir?: string;
  /**
   * Load a copy of the build, so that a `wxt build` running meanwhile cannot swap its files
   * mid-run; `editManifest` (which implies a copy) changes the copy's manifest first.
   */
  copyBuild?: boolean;
  editManifest?: (manifest: Record<string, unknown>) => void;
  /** Reuse this profile directory (kept on close); a fresh temporary one by default. */
  userDataDir?: string;
  /** Domains to send to the stand-in sites besides the usual ones. */
  extraDomains?: string[];
  /** More command-line switches. */
  args?: string[];
}

/** Launches Chromium for the current file: the usual way unless told otherwise; all closed with the file. */
export interface ChromiumLauncher {
  launch(options?: ChromiumOptions): Promise<ChromiumSession>;
  /** Every browser launched so far (closed ones included). */
  readonly sessions: readonly ChromiumSession[];
}

/** How a file's Firefox differs from the usual one (the Firefox build). */
export type FirefoxOptions = Pick<LaunchFirefoxOptions, 'extensionDir' | 'extraPrefs' | 'extraDomains'>;

/** Tabs that live as long as their browser: its first tab, and the file's extension page. */
const keptOpen = new WeakSet<object>();

// vitest reads which fixtures a fixture needs from its first parameter, which must therefore be
// a destructuring pattern, even an empty one.
/* eslint-disable no-empty-pattern */
const withSites = base
  .extend('tempDir', { scope: 'file' }, async ({}, { onCleanup }) => {
    const dirs: string[] = [];
    onCleanup(() => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });
    /** A new temporary directory, removed after the file's last test. */
    return (prefix = 'letting-go-e2e-'): string => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    };
  })
  .extend('sites', { scope: 'file' }, async ({}, { onCleanup }) => {
    const sites = await startStandInSites();
    onCleanup(() => sites.close());
    return sites;
  });
/* eslint-enable no-empty-pattern */

/** Chromium with the extension's Chrome build. */
export const test = withSites
  .extend('chromiumOptions', { scope: 'file' }, {} as ChromiumOptions)
  .extend('launcher', { scope: 'file' }, async ({ sites, tempDir }, { onCleanup }): Promise<ChromiumLauncher> => {
    const sessions: ChromiumSession[] = [];
    onCleanup(async () => {
      // Closing a session twice is harmless: a test may have closed its own already.
      await Promise.all(sessions.map((session) => session.close()));
    });
    return {
      sessions,
      async launch(options = {}) {
        let extensionDir = options.extensionDir ?? chromeBuild();
        if (options.copyBuild || options.editManifest) {
          const copy = join(tempDir('letting-go-build-'), 'chrome-mv3');
          cpSync(extensionDir, copy, { recursive: true });
          if (options.editManifest) {
            const path = join(copy, 'manifest.json');
            const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
            options.editManifest(manifest);
            writeFileSync(path, JSON.stringify(manifest));
          }
          extensionDir = copy;
        }
        const session = await launchChromium({
          extensionDir,
          standInPort: sites.port,
          userDataDir: options.userDataDir,
          extraDomains: options.extraDomains,
          args: options.args,
        });
        sessions.push(session);
        for (const page of session.context.pages()) keptOpen.add(page);
        return session;
      },
    };
  })
  .extend('chromium', { scope: 'file' }, async ({ launcher, chromiumOptions }) => launcher.launch(chromiumOptions))
  .extend('control', { scope: 'file' }, async ({ chromium }, { onCleanup }) => {
    const control = new ExtensionControl(chromium);
    onCleanup(() => control.close());
    return control;
  })
  .extend('page', async ({ chromium }, { onCleanup }): Promise<Page> => {
    const page = await chromium.newPage();
    onCleanup(() => page.close().catch(() => {}));
    return page;
  })
  .extend('eachTest', { auto: true }, async ({ sites, launcher }, { onCleanup }) => {
    const tabs = (): Page[] => launcher.sessions.flatMap((session) => session.context.pages());
    const before = new Set(tabs());
    onCleanup(async () => {
      const opened = tabs().filter((tab) => !before.has(tab) && !keptOpen.has(tab) && !ExtensionControl.isControlPage(tab));
      await Promise.all(opened.map((tab) => tab.close().catch(() => {})));
    });
    // Pages closed at the end of the last test still send their pagehide beacons; reset() makes
    // the server ignore those.
    sites.reset();
  });

/** Firefox with the extension's Firefox build. */
export const firefoxTest = withSites
  .extend('firefoxOptions', { scope: 'file' }, {} as FirefoxOptions)
  .extend('firefox', { scope: 'file' }, async ({ sites, firefoxOptions }, { onCleanup }): Promise<FirefoxSession> => {
    const firefox = await launchFirefox({ extensionDir: firefoxBuild(), ...firefoxOptions, standInPort: sites.port });
    onCleanup(() => firefox.close());
    for (const page of await firefox.browser.pages()) keptOpen.add(page);
    return firefox;
  })
  /** The extension's options page, kept open to read and change its storage and rules. */
  .extend('extensionPage', { scope: 'file' }, async ({ firefox }): Promise<FirefoxPage> => {
    const page = await firefox.openExtensionPage('options.html');
    keptOpen.add(page);
    return page;
  })
  .extend('page', async ({ firefox }, { onCleanup }): Promise<FirefoxPage> => {
    const page = await firefox.newPage();
    onCleanup(() => page.close().catch(() => {}));
    return page;
  })
  .extend('eachTest', { auto: true }, async ({ sites, firefox }, { onCleanup }) => {
    const before = new Set(await firefox.browser.pages());
    onCleanup(async () => {
      const opened = (await firefox.browser.pages()).filter((tab) => !before.has(tab) && !keptOpen.has(tab));
      await Promise.all(opened.map((tab) => tab.close().catch(() => {})));
    });
    sites.reset();
  });
