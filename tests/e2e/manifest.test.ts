/**
 * Least privilege, checked on the manifests as built: the permissions are exactly the ones the
 * README explains, host access covers only the supported sites, and extension pages run under a
 * policy that lets them load nothing from elsewhere and connect nowhere.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostMatchPatterns } from '../../lib/host-permissions';
import { searchEngineOrigins } from '../../lib/search-engines';
import { chromeBuild, firefoxBuild, PROJECT_ROOT } from './harness/builds';

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const PERMISSIONS = ['storage', 'unlimitedStorage', 'declarativeNetRequestWithHostAccess', 'webNavigation', 'alarms', 'notifications'];
// Chrome's service worker has no page storage: "Delete everything" clears it from an offscreen page.
// Chrome registers the search guard only while someone's searches are paused, and the feed script
// only while someone's feeds choice is on (scripting); Firefox decides on each search request
// before it is sent (a blocking request listener), and registers the feed script with
// contentScripts.register, which needs no permission of its own.
const CHROME_ONLY = ['offscreen', 'scripting'];
const FIREFOX_ONLY = ['webRequest', 'webRequestBlocking'];

describe('manifests as built', () => {
  const chrome = read(chromeBuild());
  const firefox = read(firefoxBuild());

  it('ask only for the permissions the README lists and explains', () => {
    expect([...chrome.permissions].sort()).toEqual([...PERMISSIONS, ...CHROME_ONLY].sort());
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const permission of [...PERMISSIONS, ...CHROME_ONLY, ...FIREFOX_ONLY]) expect(readme).toContain(`| \`${permission}\` |`);
    // Firefox MV2 lists host access among its permissions.
    expect(firefox.permissions.filter((permission: string) => !permission.includes('://')).sort()).toEqual([...PERMISSIONS, ...FIREFOX_ONLY].sort());
  });

  it('ask for the search engines only as optional hosts, each named, and nothing else optional', () => {
    expect(chrome.optional_host_permissions).toEqual(searchEngineOrigins());
    expect(chrome.optional_permissions).toBeUndefined();
    expect(firefox.optional_permissions).toEqual(searchEngineOrigins());
    for (const pattern of searchEngineOrigins()) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/);
  });

  it('reach only the supported networks, their mirror sites and web archives: never every site', () => {
    expect(chrome.host_permissions).toEqual(hostMatchPatterns());
    for (const manifest of [chrome, firefox]) {
      const everything = JSON.stringify(manifest);
      expect(everything).not.toContain('<all_urls>');
      for (const pattern of [...(manifest.host_permissions ?? []), ...manifest.permissions.filter((p: string) => p.includes('://'))]) {
        expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/);
      }
      expect(manifest.content_scripts[0].matches).toEqual(hostMatchPatterns());
    }
  });

  it('load nothing remote and connect nowhere from extension pages', () => {
    const policies = [chrome.content_security_policy.extension_pages, firefox.content_security_policy];
    for (const policy of policies) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/unsafe-(eval|inline)|https?:/);
    }
  });

  it("allow exactly the styles written into the built pages, by their hashes, and no other inline style", () => {
    for (const [dir, policy] of [[chromeBuild(), chrome.content_security_policy.extension_pages], [firefoxBuild(), firefox.content_security_policy]] as const) {
      const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
      const styles = pages.flatMap((page) => [...readFileSync(join(dir, page), 'utf8').matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1]!));
      // The pages a user sees are styled from within themselves; none links a stylesheet.
      for (const page of ['popup.html', 'pause.html', 'options.html', 'summary.html', 'letter.html', 'welcome.html']) {
        expect(readFileSync(join(dir, page), 'utf8')).toMatch(/<style>[^]+<\/style>/);
      }
      for (const page of pages) expect(readFileSync(join(dir, page), 'utf8')).not.toContain('rel="stylesheet"');
      const hashes = [...new Set(styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`))].sort();
      const styleSrc = /(?:^|;\s*)style-src ([^;]+)/.exec(policy)![1]!.trim().split(/\s+/);
      expect(styleSrc).toEqual(["'self'", ...hashes]);
    }
  });

  it('let web pages reach only the page that leads to the pause page, and that only at an address of the session', () => {
    expect(chrome.web_accessible_resources).toEqual([{ resources: ['go.html'], matches: ['*://*/*'], extension_ids: ['*'], use_dynamic_url: true }]);
    expect(firefox.web_accessible_resources).toEqual(['go.html']);
  });

  it('declare for Firefox that nothing is collected', () => {
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
