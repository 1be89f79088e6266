import { describe, expect, it } from 'vitest';
import { SEARCH_RULE_RESERVE } from '../../lib/search-rules';
import {
  ALLOW_RULE_RESERVE,
  buildRules,
  idCost,
  largestLiteral,
  MAX_REDIRECT_RULES,
  MAX_REGEX_RULES,
  packRegex,
  planRules,
  type PackedRegex,
  type Rule,
} from '../../lib/redirect-rules';
import { networks } from '../../lib/networks';
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
// share, so JavaScript's engine (case-insensitive, like the rules) stands in for it here. The
// browser may refuse a pattern too large to compile: the stand-ins below play that part, and a
// browser test checks a list of 2,000 in Chromium itself.
const everyPattern = async (_regex: string) => true;
const PAUSE = 'chrome-extension://abc/pause.html';

/**
 * A stand-in for Chrome's 2 KB limit (in Chromium 156 about 110 units, roughly one per character
 * of the pattern). Only an approximation, which is the point: the packer must rely on the
 * browser's verdict, not on its own estimate.
 */
const chromeLike = async (regex: string) => idCost(regex) <= 180;

// requestDomains match the domain and its subdomains.
const inDomains = (domains: readonly string[] | undefined, url: string) => {
  if (domains === undefined) return true;
  const host = new URL(url).hostname;
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
};

// urlFilter: "^" is a separator (not a letter, digit, "_", "-", "." or "%", or the end) and "*"
// any text.
function filterMatches(condition: { urlFilter: string }, url: string): boolean {
  const pattern = condition.urlFilter
    .split('^')
    .map((part) => part.replace(/[\\^$.+?()[\]{}|/]/g, '\\$&').replaceAll('*', '.*'))
    .join('(?:[^a-z0-9_.%-]|$)');
  return new RegExp(pattern, 'i').test(url);
}

function ruleMatches(rule: Rule, url: string): boolean {
  const { condition } = rule;
  if (!inDomains(condition.requestDomains, url)) return false;
  return 'regexFilter' in condition ? new RegExp(condition.regexFilter, 'i').test(url) : filterMatches(condition, url);
}

async function rulesFor(keys: Iterable<string>, isSupported = everyPattern, maxRules = MAX_REGEX_RULES) {
  const plan = planRules(keys);
  const packed = await packRegex(plan.regex, { isSupported, maxRules });
  return { ...packed, ...buildRules(packed.rules, plan.filters, { pausePageUrl: PAUSE, action: 'redirect' }) };
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

describe('redirect rules: every listed profile in the tables at once', async () => {
  const all = await rulesFor(listedKeys);

  it('cover every one of them', () => {
    expect(all.uncovered).toEqual([]);
    expect(all.uncoveredCopies).toEqual([]);
  });

  it.each(profileRows.filter(([url]) => !guardOnly(url)))('stop %s (%s)', (url) => {
    expect(all.rules.some((rule) => ruleMatches(rule, asRequested(url)))).toBe(true);
  });

  it.each(nonProfileRows)('never stop %s', (url) => {
    expect(all.rules.filter((rule) => ruleMatches(rule, asRequested(url))).map((rule) => rule.condition)).toEqual([]);
  });

  it('stop only top-level pages: a frame inside another site is left alone, whatever is listed', () => {
    expect(all.rules.every((rule) => rule.condition.resourceTypes.length === 1 && rule.condition.resourceTypes[0] === 'main_frame')).toBe(true);
  });
});

describe('redirect rules: a profile that is not listed', () => {
  it.each(profileRows)('leave %s alone unless %s is listed', async (url, key) => {
    const others = listedKeys.filter((other) => other !== key && !other.startsWith(`${key}`) && !key.startsWith(other));
    const { rules } = await rulesFor(others);
    expect(rules.filter((rule) => ruleMatches(rule, asRequested(url))).map((rule) => rule.condition)).toEqual([]);
  });
});

describe('redirect rules: the pause page', () => {
  it('receives the original URL, or the profile’s address for copies', async () => {
    const { rules } = await rulesFor(['instagram:someex', 'bogus']);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules[0]?.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${PAUSE}?via=load&url=\\0` } });
    const archive = rules.find((rule) => 'urlFilter' in rule.condition && rule.condition.requestDomains.includes('web.archive.org'));
    expect(archive?.action).toEqual({ type: 'redirect', redirect: { extensionPath: '/pause.html?via=load&url=https://www.instagram.com/someex/' } });
  });

  it('lets allowed profiles through with higher-priority allow rules', async () => {
    const plan = planRules(['x:someex']);
    const packed = await packRegex(plan.regex, { isSupported: everyPattern, maxRules: ALLOW_RULE_RESERVE });
    const { rules } = buildRules(packed.rules, plan.filters, { pausePageUrl: PAUSE, action: 'allow' });
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((rule) => rule.priority === 2 && rule.action.type === 'allow')).toBe(true);
  });
});

describe('redirect rules: packing many profiles into few rules', () => {
  // 2,000 profiles spread over the 12 networks, with handles of the lengths people use.
  const twoThousand = Array.from({ length: 2000 }, (_, i) => {
    const network = networks[i % networks.length]!;
    const name = `${['sam', 'alex', 'jo', 'maria', 'chris'][i % 5]}${(i * 7919).toString(36)}`;
    const handle = { facebook: `${name}.x${i}`, bluesky: `${name}.bsky.social` }[network.id] ?? name;
    const id = network.fromHandle(handle) ?? network.fromHandle(`${handle}x`);
    if (id === null) throw new Error(`no handle for ${network.id}`);
    return `${network.id}:${id}`;
  });

  it('covers 2,000 profiles within Chrome’s regex budget, with room left for "Continue"', async () => {
    const { rules, uncovered } = await rulesFor(twoThousand, chromeLike, MAX_REGEX_RULES - ALLOW_RULE_RESERVE);
    const regex = rules.filter((rule) => 'regexFilter' in rule.condition);
    expect(uncovered).toEqual([]);
    expect(regex.length).toBeLessThanOrEqual(MAX_REGEX_RULES - ALLOW_RULE_RESERVE);
    expect(rules.length).toBeLessThanOrEqual(MAX_REDIRECT_RULES);
    // Every pattern the rules carry passes the stand-in's limit.
    for (const rule of regex) expect(await chromeLike((rule.condition as { regexFilter: string }).regexFilter)).toBe(true);
  });

  it('asks the browser about every rule it keeps, and splits one the browser refuses', async () => {
    const asked: string[] = [];
    // A browser that takes at most three ids in a rule, whatever their length (Instagram's
    // pattern has no other "|").
    const threeAtMost = async (regex: string) => {
      asked.push(regex);
      return (regex.match(/\|/g) ?? []).length <= 2;
    };
    const keys = Array.from({ length: 20 }, (_, i) => `instagram:someone${i}`);
    const { rules, uncovered } = await packRegex(planRules(keys).regex, { isSupported: threeAtMost, maxRules: 100 });
    expect(uncovered).toEqual([]);
    expect(rules.flatMap((rule) => rule.keys).sort()).toEqual([...keys].sort());
    for (const rule of rules) {
      expect(asked).toContain(rule.regexFilter);
      expect(rule.keys.length).toBeLessThanOrEqual(3);
    }
  });

  it('gives an id too large for any shared pattern its smaller fallback (Facebook without optional periods)', async () => {
    const noOptionalPeriods = async (regex: string) => !regex.includes('\\.?');
    const { rules, uncovered } = await packRegex(planRules(['facebook:johnsmith', 'facebook:samsomeone']).regex, { isSupported: noOptionalPeriods, maxRules: 10 });
    expect(uncovered).toEqual([]);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.regexFilter.endsWith('\\.com/(?:johnsmith|samsomeone)(?:[/?#].*)?$')).toBe(true);
  });

  it('keeps the oldest profiles’ rules when there is no room for all, and names the newest', async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `tiktok:person_${String(i).padStart(2, '0')}`);
    const oneId = async (regex: string) => (regex.match(/person_/g) ?? []).length === 1;
    const { rules, uncovered } = await packRegex(planRules(keys).regex, { isSupported: oneId, maxRules: 20 });
    expect(rules.flatMap((rule: PackedRegex) => rule.keys)).toEqual(keys.slice(0, 20));
    expect(uncovered.sort()).toEqual(keys.slice(20));
  });

  it('leaves out the newest profiles’ archive and mirror rules first when redirect rules run out', () => {
    const plan = planRules(Array.from({ length: 1200 }, (_, i) => `instagram:person_${i}`));
    const { rules, uncoveredCopies } = buildRules([], plan.filters, { pausePageUrl: PAUSE, action: 'redirect' });
    // Less the room kept for the searches' redirects (lib/search-rules.ts).
    expect(rules).toHaveLength(MAX_REDIRECT_RULES - SEARCH_RULE_RESERVE);
    expect(uncoveredCopies.length).toBeGreaterThan(0);
    expect(uncoveredCopies).toContain('instagram:person_1199');
    expect(uncoveredCopies).not.toContain('instagram:person_0');
  });

  it('finds how long a literal id a form takes, by asking', async () => {
    const path = planRules(['instagram:someex']).regex[0]!.path;
    const fixed = '^https?://(?:www\\.|m\\.)?instagram\\.com/(?:stories/)?(?:[/?#].*)?$';
    expect(await largestLiteral(path, async (regex) => regex.length <= 120)).toBe(120 - fixed.length);
    // A browser without a size limit (Firefox) reaches the ceiling.
    expect(await largestLiteral(path, everyPattern, 500)).toBe(500);
  });
});
