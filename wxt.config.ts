import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { ChunkingContext } from 'rolldown';
import { defineConfig } from 'wxt';
import { hostMatchPatterns } from './lib/host-permissions';
import { InlinedStyles, inlinePageStyles } from './scripts/inline-page-styles';
import { searchEngineOrigins } from './lib/search-engines';

const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Each page's own stylesheet is written into it; the build adds their hashes here (below).
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
const inlinedStyles = new InlinedStyles();

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere (`#imports`), so every file shows where its names come from.
  imports: false,
  // Messages live in locales/*.yml; the i18n module builds them into _locales/*/messages.json
  // and types every key (`#i18n`).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: ({ command }) => ({
    plugins: [preact(), inlinePageStyles(inlinedStyles)],
    // In a build, the polyfill is handed over without copying each API (platform/browser-namespace).
    // The dev server loads it as it is: it serves no CommonJS of ours.
    resolve: command === 'build' ? { alias: [{ find: /^webextension-polyfill$/, replacement: fileURLToPath(new URL('platform/browser-namespace/index.ts', import.meta.url)) }] } : {},
  }),
  manifest: ({ browser, manifestVersion, command }) => ({
    // The browser fills these in from the messages of the user's language (locales/*.yml).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Each permission is explained in the README.
    permissions: [
      'storage',
      // Without it Chrome allows 10 MB (about 32,000 urges, fewer with long notes); a full
      // storage is still handled (components/saving.tsx), but should not come in a year.
      'unlimitedStorage',
      'declarativeNetRequestWithHostAccess',
      'webNavigation',
      'alarms',
      'notifications',
      // Chrome: "Delete everything" clears the page-storage copy of the week from the background.
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // Chrome: registers the search guard on the engines the user allows and the feed script
      // while someone's feeds choice is on (scripting). Firefox decides on each search request
      // before it is sent (a blocking listener); its contentScripts.register needs no permission.
      ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['scripting']),
    ],
    host_permissions: hostMatchPatterns(),
    // The search engines, asked for only when the user turns on "Pause searches for them"
    // (platform/search-access.ts). Manifest V2 keeps optional hosts among optional permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: searchEngineOrigins() } : { optional_permissions: searchEngineOrigins() }),

    // The navigation guard (entrypoints/guard), from document_start, on the supported hosts only.
    content_scripts: [{ matches: hostMatchPatterns(), js: ['guard.js'], run_at: 'document_start' }],
    // Extension pages load nothing but their own files and connect nowhere (the dev server's
    // live reload needs more, so the strict policy is for builds).
    ...(command === 'build' && {
      content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    }),
    // A stopped visit can start from a link on any site, so the page the request rules send it to
    // must be reachable from wherever the navigation began (E2E.md). That page is public/go.html,
    // which moves on to the pause page at once: reachable only at an address that changes with
    // every browser session (use_dynamic_url), so no web page can load it, or the pause page, at
    // a fixed address to learn that Letting Go is installed. `extension_ids: ['*']` lets a typed
    // address or a bookmark through Chrome's hop from that changing address to the fixed one
    // (measured in Chromium 156; tests/e2e/trust.chromium.test.ts keeps checking it). Firefox
    // gives every installation an address of its own anyway.
    web_accessible_resources:
      manifestVersion === 3 ? [{ resources: ['go.html'], matches: ['*://*/*'], extension_ids: ['*'], use_dynamic_url: true }] : ['go.html'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'letting-go@letting-go.app',
          strict_min_version: '140.0',
          // The honest answer: the extension collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:before': () => inlinedStyles.clear(),
    // The pages' styles were written into them as they were built: the policy allows those.
    'build:manifestGenerated': (_wxt, manifest) => {
      const allow = (policy: string) => policy.replace("style-src 'self'", `style-src ${inlinedStyles.styleSources()}`);
      const policy = manifest.content_security_policy;
      if (typeof policy === 'string') manifest.content_security_policy = allow(policy);
      else if (policy?.extension_pages !== undefined) policy.extension_pages = allow(policy.extension_pages);
    },
    // The extension pages load as few files as the browser can fetch at once: each file is a
    // round trip through the browser, and the pause page's twelve small chunks held its first
    // frame back by about 20 ms (`npm run bench`). So every page loads its own code and `first`:
    // all the shared code of the two pages a user waits for, the pause and the popup. What only
    // the other pages use is in `rest`. (Styles stay split by page: a page's stylesheet imports
    // the theme, is written into that page (scripts/inline-page-styles.ts), and its rules never
    // reach another page. Both browsers
    // preload modules themselves, so Vite's preload polyfill, one more shared chunk, is left out.)
    'vite:build:extendConfig': (entrypoints, config) => {
      const pages = entrypoints.filter((entry) => entry.inputPath.endsWith('.html'));
      const output = config.build?.rollupOptions?.output;
      if (pages.length === 0 || output === undefined || Array.isArray(output)) return;
      config.build = { ...config.build, modulePreload: { polyfill: false } };
      const waitedFor = pages.filter((entry) => entry.name === 'pause' || entry.name === 'popup').map((entry) => entry.inputPath);
      let usedFirst: Set<string> | undefined;
      const reachable = (ctx: ChunkingContext) => {
        const found = new Set<string>();
        const visit = (id: string) => {
          if (found.has(id)) return;
          found.add(id);
          ctx.getModuleInfo(id)?.importedIds.forEach(visit);
        };
        waitedFor.forEach(visit);
        return found;
      };
      const pageCode = /[\\/]entrypoints[\\/]/;
      Object.assign(output, {
        codeSplitting: {
          groups: [{ name: (id: string, ctx: ChunkingContext) => (pageCode.test(id) ? null : (usedFirst ??= reachable(ctx)).has(id) ? 'first' : 'rest') }],
        },
      });
    },
  },
});
