import { describe, expect, it } from 'vitest';
import { buildAllowRules, buildRedirectRules, MAX_REGEX_RULES, profilePatterns } from '../../lib/redirect-rules';
import * as bluesky from './profile-url/bluesky.cases';
import * as facebook from './profile-url/facebook.cases';
import * as instagram from './profile-url/instagram.cases';
import * as linkedin from './profile-url/linkedin.cases';
import * as mirrors from './profile-url/mirrors-and-archives.cases';
import * as pinterest from './profile-url/pinterest.cases';
import * as reddit from './profile-url/reddit.cases';
import * as snapchat from './profile-url/snapchat.cases';
import * as threads from './profile-url/threads.cases';
import * as tiktok from './profile-url/tiktok.cases';
import * as tumblr from './profile-url/tumblr.cases';
import * as x from './profile-url/x.cases';
import * as youtube from './profile-url/youtube.cases';

// The rules are RE2 in the browser; these patterns use only syntax RE2 and JavaScript share, so
// JavaScript's engine (case-insensitive, like the rules) stands in for it here.
function matchesAny(key: string, url: string): boolean {
  const patterns = profilePatterns(key);
  if (patterns === null) return false;
  return [patterns.network, patterns.mirrors, patterns.archives].some((pattern) => pattern !== undefined && new RegExp(pattern, 'i').test(url));
}

// What the browser puts on the wire: a parsed, normalised URL without its fragment.
function asRequested(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

// Forms only the navigation guard can catch: the browser sends them as typed (E2E.md).
const guardOnly = (url: string) => new URL(url).pathname.includes('%') || new URL(url).hostname.endsWith('.');

const tables = { bluesky, facebook, instagram, linkedin, pinterest, reddit, snapchat, threads, tiktok, tumblr, x, youtube };
const profileRows = [
  ...Object.values(tables).flatMap((table) => table.matches),
  ...mirrors.mirrorMatches,
  ...mirrors.archiveMatches,
].filter(([url]) => URL.canParse(url) && /^https?:$/i.test(new URL(url).protocol));
const nonProfileRows = [
  ...Object.values(tables).flatMap((table) => table.nonProfiles),
  ...mirrors.mirrorNonProfiles,
  ...mirrors.archiveNonProfiles,
].filter((url) => URL.canParse(url));
const listedKeys = [...new Set(profileRows.map(([, key]) => key))];

describe('redirect rules', () => {
  it.each(profileRows.filter(([url]) => !guardOnly(url)))('stop %s (%s)', (url, key) => {
    expect(matchesAny(key, asRequested(url))).toBe(true);
  });

  it.each(profileRows)('leave %s alone unless %s is the listed profile', (url, key) => {
    const others = listedKeys.filter((other) => other !== key && !other.startsWith(`${key}`) && !key.startsWith(other));
    const caught = others.filter((other) => matchesAny(other, asRequested(url)));
    expect(caught).toEqual([]);
  });

  it.each(nonProfileRows)('never stop %s', (url) => {
    const caught = listedKeys.filter((key) => matchesAny(key, asRequested(url)));
    expect(caught).toEqual([]);
  });

  it('redirects to the pause page with the original URL and stays within the browser’s regex limit', () => {
    const rules = buildRedirectRules(['instagram:someex', 'x:someex', 'bogus'], 'chrome-extension://abc/pause.html');
    expect(rules).toHaveLength(6);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(6);
    expect(rules[0]?.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: 'chrome-extension://abc/pause.html?via=load&url=\\0' } });
    expect(rules[0]?.condition.resourceTypes).toEqual(['main_frame', 'sub_frame']);

    const many = Array.from({ length: 600 }, (_, i) => `instagram:person_${i}`);
    const capped = buildRedirectRules(many, 'chrome-extension://abc/pause.html');
    expect(capped).toHaveLength(MAX_REGEX_RULES);
    // Every profile keeps its main rule when the list is too long for all forms.
    expect(capped.slice(0, 600).every((rule) => rule.condition.regexFilter.includes('instagram'))).toBe(true);
    expect(buildAllowRules(['x:someex']).every((rule) => rule.priority === 2 && rule.action.type === 'allow')).toBe(true);
  });

  it('keeps every pattern well under RE2’s 2 KB compiled budget', () => {
    for (const key of listedKeys) {
      const patterns = profilePatterns(key)!;
      for (const pattern of [patterns.network, patterns.mirrors, patterns.archives]) {
        if (pattern !== undefined) expect(pattern.length, key).toBeLessThan(700);
      }
    }
  });
});
