import { describe, expect, it } from 'vitest';
import { buildRules, MAX_REGEX_RULES, planRules, regexCandidates, type Rule } from '../../lib/redirect-rules';
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

// The regex rules are RE2 in the browser; these patterns use only syntax RE2 and JavaScript
// share, so JavaScript's engine (case-insensitive, like the rules) stands in for it here. Chrome
// may refuse a too-large pattern; a browser test checks that every rule is accepted.
const everyPattern = () => true;

// urlFilter: "^" is a separator (not a letter, digit, "_", "-", "." or "%", or the end);
// requestDomains match the domain and its subdomains.
function filterMatches(rule: Rule, url: string): boolean {
  if (!('urlFilter' in rule.condition)) return false;
  const host = new URL(url).hostname;
  if (!rule.condition.requestDomains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return false;
  const pattern = rule.condition.urlFilter.split('^').map((part) => part.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('(?:[^a-z0-9_.%-]|$)');
  return new RegExp(pattern, 'i').test(url);
}

function ruleMatches(rule: Rule, url: string): boolean {
  return 'regexFilter' in rule.condition ? new RegExp(rule.condition.regexFilter, 'i').test(url) : filterMatches(rule, url);
}

const rulesByKey = new Map<string, Rule[]>();
function matchesAny(key: string, url: string): boolean {
  let rules = rulesByKey.get(key);
  if (rules === undefined) {
    rules = buildRules(planRules([key]), { isSupported: everyPattern, pausePageUrl: 'chrome-extension://abc/pause.html', action: 'redirect' });
    rulesByKey.set(key, rules);
  }
  return rules.some((rule) => ruleMatches(rule, url));
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

  it('redirects to the pause page with the original URL, or the profile’s address for copies', () => {
    const rules = buildRules(planRules(['instagram:someex', 'bogus']), { isSupported: everyPattern, pausePageUrl: 'chrome-extension://abc/pause.html', action: 'redirect' });
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules[0]?.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: 'chrome-extension://abc/pause.html?via=load&url=\\0' } });
    expect(rules[0]?.condition.resourceTypes).toEqual(['main_frame', 'sub_frame']);
    const archive = rules.find((rule) => 'urlFilter' in rule.condition && rule.condition.requestDomains.includes('web.archive.org'));
    expect(archive?.action).toEqual({ type: 'redirect', redirect: { extensionPath: '/pause.html?via=load&url=https://www.instagram.com/someex/' } });
  });

  it('keeps the first pattern the browser accepts, and leaves out a rule it accepts none of', () => {
    const plan = planRules(['facebook:johnsmith']);
    const [first, second] = regexCandidates(plan);
    const build = (isSupported: (regex: string) => boolean) =>
      buildRules(plan, { isSupported, pausePageUrl: 'chrome-extension://abc/pause.html', action: 'redirect' }).filter((rule) => 'regexFilter' in rule.condition);
    expect(build(everyPattern).map((rule) => 'regexFilter' in rule.condition && rule.condition.regexFilter)).toEqual([first]);
    expect(build((regex) => regex !== first).map((rule) => 'regexFilter' in rule.condition && rule.condition.regexFilter)).toEqual([second]);
    expect(build(() => false)).toEqual([]);
  });

  it('stays within the browser’s limits, keeping each profile’s main rule first', () => {
    const many = Array.from({ length: 1200 }, (_, i) => `instagram:person_${i}`);
    const rules = buildRules(planRules(many), { isSupported: everyPattern, pausePageUrl: 'chrome-extension://abc/pause.html', action: 'redirect' });
    expect(rules.filter((rule) => 'regexFilter' in rule.condition)).toHaveLength(MAX_REGEX_RULES);
    expect(rules.length).toBeLessThanOrEqual(5000);
  });

  it('lets allowed profiles through with higher-priority allow rules', () => {
    const rules = buildRules(planRules(['x:someex']), { isSupported: everyPattern, pausePageUrl: 'chrome-extension://abc/pause.html', action: 'allow' });
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((rule) => rule.priority === 2 && rule.action.type === 'allow')).toBe(true);
  });
});
