import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The host names the stand-in sites answer for. One list feeds the certificate's SAN, Chromium's
 * --host-resolver-rules and the Firefox CONNECT proxy, so a host added here works everywhere.
 */

/**
 * Registrable domains. Every subdomain of each is covered too (`MAP *.domain` in Chromium, a
 * `*.domain` SAN, a suffix match in the proxy), so www./m./mobile./web./mbasic./old. all work.
 */
export const STAND_IN_DOMAINS: readonly string[] = [
  'instagram.com',
  'x.com',
  'twitter.com',
  'tiktok.com',
  'facebook.com',
  'fb.com',
  'threads.net',
  'threads.com',
  'snapchat.com',
  'linkedin.com',
  'youtube.com',
  'reddit.com',
  'bsky.app',
  'pinterest.com',
  'tumblr.com',
  // Mirror/viewer sites and web archives that the product also stops.
  'imginn.com',
  'picuki.com',
  'dumpor.com',
  'dumpor.io',
  'greatfon.io',
  'nitter.net',
  'xcancel.com',
  'fxtwitter.com',
  'fixupx.com',
  'vxtwitter.com',
  'fixvx.com',
  'twstalker.com',
  'sotwe.com',
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.fo',
  'archive.md',
  // A neutral site ("link from another site").
  'example.test',
];

/** Host names tests commonly use, for readability in tests and for documentation. */
export const STAND_IN_HOSTS: readonly string[] = [
  'instagram.com',
  'www.instagram.com',
  'm.instagram.com',
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
  'm.twitter.com',
  'tiktok.com',
  'www.tiktok.com',
  'm.tiktok.com',
  'facebook.com',
  'www.facebook.com',
  'm.facebook.com',
  'mbasic.facebook.com',
  'web.facebook.com',
  'fb.com',
  'www.fb.com',
  'threads.net',
  'www.threads.net',
  'threads.com',
  'www.threads.com',
  'web.archive.org',
  'news.example.test',
];

/** The neutral page with links to profiles on the other stand-in sites. */
export const NEUTRAL_HOST = 'news.example.test';

/** True when `host` is one of the stand-in domains or a subdomain of one. */
export function isStandInHost(host: string, extraDomains: readonly string[] = []): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return [...STAND_IN_DOMAINS, ...extraDomains].some((d) => h === d || h.endsWith(`.${d}`));
}

/** The stand-in domain `host` belongs to, e.g. 'instagram.com' for 'm.instagram.com'. */
export function domainOf(host: string): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return STAND_IN_DOMAINS.find((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * The domains an extension build asks host access for (MV3 host_permissions, MV2 permissions),
 * e.g. 'instagram.com' from '*://*.instagram.com/*'. The launchers map these to the stand-in
 * too, so a host the extension adds later (a new mirror, a Pinterest country domain) reaches
 * the stand-in server without editing this file.
 */
export function domainsFromManifest(extensionDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    host_permissions?: string[];
    permissions?: string[];
  };
  // Not the optional hosts (the search engines): mapped, they would also draw the browser's own
  // traffic to those hosts (Chromium's accounts.google.com) to the stand-in server. A test that
  // needs them asks for them (`extraDomains`, as tests/e2e/search.*.test.ts do).
  const patterns = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  const domains = new Set<string>();
  for (const pattern of patterns) {
    const host = /^[*a-z-]+:\/\/([^/]+)\//i.exec(pattern)?.[1];
    if (!host || host === '*') continue; // <all_urls> or "any host": nothing to map
    domains.add(host.replace(/^\*\./, '').toLowerCase());
  }
  return [...domains];
}
