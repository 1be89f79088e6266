import { archiveHosts, mirrorSites } from './mirror-sites';
import { escapeRegex, END, type Network } from './networks/network';
import { parseProfileKey } from './profile-key';

/*
 * declarativeNetRequest rules that stop a listed profile before the browser sends its request.
 * This module only computes them; the background applies them. Types are declared here, not
 * imported from the browser, so the rules can be tested without one.
 * https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest
 */

export interface RegexRule {
  readonly id: number;
  readonly priority: number;
  readonly action:
    | { readonly type: 'redirect'; readonly redirect: { readonly regexSubstitution: string } }
    | { readonly type: 'allow' };
  readonly condition: {
    readonly regexFilter: string;
    readonly resourceTypes: readonly ('main_frame' | 'sub_frame')[];
    readonly isUrlFilterCaseSensitive: false;
  };
}

/**
 * Chrome allows 1,000 regex rules per extension (MAX_NUMBER_OF_REGEX_RULES) and 5,000 dynamic
 * redirect rules. Each profile needs one rule for the network, one for web-archive copies and,
 * for Instagram and X, one for the mirror sites: 333 profiles always fit, about 500 when none
 * are Instagram or X. Rules beyond the limit are left out, archive and mirror rules first; the
 * navigation guard still stops those profiles once the page starts to load.
 */
export const MAX_REGEX_RULES = 1000;

const RESOURCE_TYPES = ['main_frame', 'sub_frame'] as const;
const PORT = '(?::[0-9]+)?';
const ARCHIVE_END = '(?:[/?#*]|$)';

function hostsPattern(hosts: readonly string[]): string {
  return `(?:${hosts.map(escapeRegex).join('|')})`;
}

function onNetwork(network: Network, id: string): string {
  return `${network.ruleSubdomains}${hostsPattern(network.domains)}\\.?${PORT}/${network.rulePath(id)}`;
}

/** Every URL form of one profile, each an RE2 pattern for `regexFilter`, most important first. */
export function profilePatterns(key: string): { network: string; mirrors?: string; archives: string } | null {
  const ref = parseProfileKey(key);
  if (ref === null) return null;
  const { network, id } = ref;
  const extraHosts = network.ruleHosts?.(id);
  const direct = extraHosts === undefined ? onNetwork(network, id) : `(?:${onNetwork(network, id)}|${extraHosts})`;

  const mirrors = mirrorSites.filter((site) => site.network === network.id);
  const samePaths = mirrors.filter((site) => site.handleAt === 'same').map((site) => site.host);
  const mirrorForms = [
    ...(samePaths.length > 0 ? [`${hostsPattern(samePaths)}/${network.rulePath(id)}`] : []),
    ...mirrors.flatMap((site) =>
      site.handleAt === 'same' ? [] : [`${escapeRegex(site.host)}/${(site.handleAt.prefix ?? []).map((part) => `${escapeRegex(part)}/`).join('')}${escapeRegex(id)}${END}`],
    ),
  ];

  const others = archiveHosts.filter((host) => host !== 'web.archive.org');
  // The archived address sits in the path: /web/<timestamp>/<url> or /newest/<url> and the like.
  const archivePrefix = `(?:web\\.archive\\.org/web/[^/]+/|${hostsPattern(others)}/(?:(?:newest|oldest|[0-9][0-9.-]*)/)?)(?:https?:/*)?`;

  return {
    network: `^https?://${direct}`,
    ...(mirrorForms.length > 0 && { mirrors: `^https?://(?:www\\.)?(?:${mirrorForms.join('|')})` }),
    // Wayback search addresses end the handle with "*".
    archives: `^https?://${archivePrefix}${direct.replaceAll(END, ARCHIVE_END)}`,
  };
}

/**
 * Redirect rules for the listed profiles, sending each matching request to the pause page with
 * the original URL (`\0`) after `url=`; the substitution does not encode it, so the pause page
 * reads everything after the marker.
 */
export function buildRedirectRules(keys: Iterable<string>, pausePageUrl: string): RegexRule[] {
  const patterns = [...keys].map(profilePatterns).filter((pattern) => pattern !== null);
  const ordered = [
    ...patterns.map((pattern) => pattern.network),
    ...patterns.flatMap((pattern) => (pattern.mirrors === undefined ? [] : [pattern.mirrors])),
    ...patterns.map((pattern) => pattern.archives),
  ].slice(0, MAX_REGEX_RULES);
  return ordered.map((regexFilter, index) => ({
    id: index + 1,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${pausePageUrl}?via=load&url=\\0` } },
    condition: { regexFilter, resourceTypes: RESOURCE_TYPES, isUrlFilterCaseSensitive: false },
  }));
}

/** Rules that let a profile through while the user's allowance for it lasts. */
export function buildAllowRules(keys: Iterable<string>): RegexRule[] {
  return [...keys]
    .map(profilePatterns)
    .filter((pattern) => pattern !== null)
    .flatMap((pattern) => [pattern.network, ...(pattern.mirrors === undefined ? [] : [pattern.mirrors]), pattern.archives])
    .slice(0, MAX_REGEX_RULES)
    .map((regexFilter, index) => ({
      id: index + 1,
      priority: 2,
      action: { type: 'allow' },
      condition: { regexFilter, resourceTypes: RESOURCE_TYPES, isUrlFilterCaseSensitive: false },
    }));
}
