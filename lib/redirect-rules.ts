import { archiveHosts, mirrorSites } from './mirror-sites';
import { escapeRegex, type Network } from './networks/network';
import { parseProfileKey } from './profile-key';

/*
 * declarativeNetRequest rules that stop a listed profile before the browser sends its request.
 * This module only computes them; the background applies them. Types are declared here, not
 * imported from the browser, so the rules can be tested without one.
 * https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest
 *
 * Two kinds of rule:
 * - regex rules for the network's own pages: they carry the original URL to the pause page
 *   (`\0`), so "Continue" opens exactly the page the user asked for;
 * - plain `urlFilter` rules for web-archive copies and mirror sites, which cost no regex budget
 *   and send the pause page the profile's own address instead.
 *
 * Limits (Chrome): 1,000 regex rules (MAX_NUMBER_OF_REGEX_RULES), each compiling to at most 2 KB,
 * and 5,000 dynamic redirect rules. A profile needs 1 to 4 regex rules (most need 1; Facebook ids
 * and X need 2, Pinterest's 21 country domains 3) and 1 to 22 filter rules: at least 200 listed
 * profiles always fit, about 900 of the common kinds. Rules beyond a limit are left out, filter
 * rules first; the navigation guard still stops those profiles as their page starts to load.
 */
export const MAX_REGEX_RULES = 1000;
export const MAX_DYNAMIC_RULES = 5000;

type ResourceType = 'main_frame' | 'sub_frame';
const RESOURCE_TYPES: readonly ResourceType[] = ['main_frame', 'sub_frame'];

export interface Rule {
  readonly id: number;
  readonly priority: number;
  readonly action:
    | { readonly type: 'redirect'; readonly redirect: { readonly regexSubstitution: string } | { readonly extensionPath: string } }
    | { readonly type: 'allow' };
  readonly condition:
    | { readonly regexFilter: string; readonly resourceTypes: readonly ResourceType[]; readonly isUrlFilterCaseSensitive: false }
    | {
        readonly urlFilter: string;
        readonly requestDomains: readonly string[];
        readonly resourceTypes: readonly ResourceType[];
        readonly isUrlFilterCaseSensitive: false;
      };
}

/** One regex rule: the candidate patterns, most complete first (see Network.rulePaths). */
export interface RegexPlan {
  readonly key: string;
  readonly candidates: readonly string[];
}

/** One urlFilter rule, and the profile address the pause page should offer. */
export interface FilterPlan {
  readonly key: string;
  readonly urlFilter: string;
  readonly requestDomains: readonly string[];
  readonly profileUrl: string;
}

const PORT = '(?::[0-9]+)?';
// Pinterest serves profiles on 21 country domains; one alternation of all of them is too large.
const DOMAINS_PER_RULE = 8;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function regexPlans(key: string, network: Network, id: string): RegexPlan[] {
  const plans = chunks(network.domains, DOMAINS_PER_RULE).flatMap((domains) => {
    const alternatives = `(?:${domains.map(escapeRegex).join('|')})\\.?${PORT}/`;
    // The exact subdomains first; any subdomain when that is too large for the browser (the
    // host permissions keep a redirect to the network's own hosts either way).
    const hosts = [`^https?://${network.ruleSubdomains}${alternatives}`, `^https?://(?:[a-z0-9-]+\\.)?${alternatives}`];
    return network.rulePaths(id).map((paths) => ({ key, candidates: paths.flatMap((path) => hosts.map((host) => host + path)) }));
  });
  const hostForm = network.ruleHosts?.(id);
  return hostForm === undefined ? plans : [...plans, { key, candidates: [`^https?://${hostForm}`] }];
}

// Filters end with "^", urlFilter's separator: anything but a letter, digit, "_", "-", "." or
// "%", or the end of the address. So "someex^" does not match "someex2" or "someex.art".
function filterPlans(key: string, network: Network, id: string): FilterPlan[] {
  const profileUrl = network.profileUrl(id);
  const paths = network.filterPaths(id);
  const archives = network.domains.flatMap((domain) =>
    paths.map((path) => ({ key, urlFilter: `${domain}/${path}^`, requestDomains: archiveHosts, profileUrl })),
  );
  const mirrors = mirrorSites.filter((site) => site.network === network.id);
  const samePaths = mirrors.filter((site) => site.handleAt === 'same').map((site) => site.host);
  const mirrorPlans = [
    ...(samePaths.length === 0 ? [] : paths.map((path) => ({ key, urlFilter: `/${path}^`, requestDomains: samePaths, profileUrl }))),
    ...mirrors.flatMap((site) =>
      site.handleAt === 'same'
        ? []
        : [{ key, urlFilter: `/${[...(site.handleAt.prefix ?? []), id].join('/')}^`, requestDomains: [site.host], profileUrl }],
    ),
  ];
  return [...archives, ...mirrorPlans];
}

export interface RulePlan {
  readonly regex: readonly RegexPlan[];
  readonly filters: readonly FilterPlan[];
}

/** Everything needed to stop these profiles' full page loads, before the browser is asked. */
export function planRules(keys: Iterable<string>): RulePlan {
  const regex: RegexPlan[] = [];
  const filters: FilterPlan[] = [];
  for (const key of keys) {
    const ref = parseProfileKey(key);
    if (ref === null) continue;
    regex.push(...regexPlans(key, ref.network, ref.id));
    filters.push(...filterPlans(key, ref.network, ref.id));
  }
  return { regex, filters };
}

/** Every candidate pattern in a plan, to ask the browser which it accepts. */
export function regexCandidates(plan: RulePlan): string[] {
  return [...new Set(plan.regex.flatMap((rule) => rule.candidates))];
}

export interface BuildOptions {
  /** The browser's verdict on each candidate (declarativeNetRequest.isRegexSupported). */
  readonly isSupported: (regex: string) => boolean;
  /** The pause page's full URL, e.g. chrome-extension://<id>/pause.html. */
  readonly pausePageUrl: string;
  /** 'redirect' for the persistent rules; 'allow' for the session rules of open allowances. */
  readonly action: 'redirect' | 'allow';
}

/**
 * The rules to install, numbered from 1. Redirects send the request to the pause page with the
 * address after `url=`, unencoded (a regex substitution cannot encode), so the pause page reads
 * everything after the marker.
 */
export function buildRules(plan: RulePlan, { isSupported, pausePageUrl, action }: BuildOptions): Rule[] {
  const priority = action === 'allow' ? 2 : 1;
  const pausePath = new URL(pausePageUrl).pathname;
  const regexRules = plan.regex
    .map((rule) => rule.candidates.find(isSupported))
    .filter((regex) => regex !== undefined)
    .slice(0, MAX_REGEX_RULES)
    .map((regexFilter) => ({
      priority,
      action:
        action === 'allow'
          ? ({ type: 'allow' } as const)
          : ({ type: 'redirect', redirect: { regexSubstitution: `${pausePageUrl}?via=load&url=\\0` } } as const),
      condition: { regexFilter, resourceTypes: RESOURCE_TYPES, isUrlFilterCaseSensitive: false } as const,
    }));
  const filterRules = plan.filters.map((rule) => ({
    priority,
    action:
      action === 'allow'
        ? ({ type: 'allow' } as const)
        : ({ type: 'redirect', redirect: { extensionPath: `${pausePath}?via=load&url=${rule.profileUrl}` } } as const),
    condition: {
      urlFilter: rule.urlFilter,
      requestDomains: rule.requestDomains,
      resourceTypes: RESOURCE_TYPES,
      isUrlFilterCaseSensitive: false,
    } as const,
  }));
  return [...regexRules, ...filterRules].slice(0, MAX_DYNAMIC_RULES).map((rule, index) => ({ id: index + 1, ...rule }));
}
