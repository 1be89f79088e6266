import { archiveHosts, mirrorSites } from './mirror-sites';
import type { Network, RulePath } from './networks/network';
import { parseProfileKey } from './profile-key';
import { SEARCH_RULE_RESERVE } from './search-rules';

/*
 * declarativeNetRequest rules that stop a listed profile before the browser sends its request.
 * This module only computes them; the background applies them. Types are declared here, not
 * imported from the browser, so the rules can be tested without one.
 * https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest
 *
 * Two kinds of rule:
 * - regex rules for the network's own pages: they carry the original URL to the pause page
 *   (`\0`), so "Continue" opens exactly the page the user asked for. The ids of several
 *   listed profiles of one network share a rule (`(?:id1|id2|…)`): Chrome allows 1,000 regex
 *   rules, shared with the allow rules of "Continue", and each may compile to at most 2 KB,
 *   which holds the ids of about 3 to 6 profiles (measured in Chrome 156; Firefox has no such
 *   size limit).
 * - plain `urlFilter` rules for web-archive copies and mirror sites, which cost no regex budget
 *   and send the pause page the profile's own address instead.
 *
 * Limits: 1,000 regex rules (Chrome: dynamic and session rules together; Firefox: per set) and
 * 5,000 redirect rules (Chrome's "unsafe" dynamic rules; Firefox's dynamic rules in all). When a
 * list is too long even so, the newest profiles' forms are left out, copies first, and the
 * background says so on the settings page; the navigation guard still stops those profiles as
 * their page starts to load.
 */
export const MAX_REGEX_RULES = 1000;
export const MAX_REDIRECT_RULES = 5000;
/** Regex rules kept free for the allow rules of open allowances ("Continue"). */
export const ALLOW_RULE_RESERVE = 40;
/** Firefox accepts any size: keep each pattern quick to compile there too. */
export const MAX_IDS_PER_RULE = 100;

/**
 * Only top-level pages. A profile inside another site's frame is left alone: redirecting it
 * would let that site tell a listed profile from an unlisted one (the frame then fails to load).
 */
type ResourceType = 'main_frame';
const RESOURCE_TYPES: readonly ResourceType[] = ['main_frame'];

export interface Rule {
  readonly id: number;
  readonly priority: number;
  readonly action:
    | { readonly type: 'redirect'; readonly redirect: { readonly regexSubstitution: string } | { readonly extensionPath: string } }
    | { readonly type: 'allow' };
  readonly condition:
    | {
        readonly regexFilter: string;
        readonly requestDomains: readonly string[];
        readonly resourceTypes: readonly ResourceType[];
        readonly isUrlFilterCaseSensitive: false;
      }
    | {
        readonly urlFilter: string;
        readonly requestDomains: readonly string[];
        readonly resourceTypes: readonly ResourceType[];
        readonly isUrlFilterCaseSensitive: false;
      };
}

/** One form of one listed profile's address, before the ids are packed into shared rules. */
export interface RegexEntry {
  readonly key: string;
  /** The profile's place in the list: the oldest keep their rules when there is no room. */
  readonly order: number;
  readonly network: Network;
  readonly path: RulePath;
}

/** One urlFilter rule, and the profile address the pause page should offer. */
export interface FilterPlan {
  readonly key: string;
  readonly order: number;
  readonly urlFilter: string;
  readonly requestDomains: readonly string[];
  readonly profileUrl: string;
}

export interface RulePlan {
  readonly regex: readonly RegexEntry[];
  readonly filters: readonly FilterPlan[];
}

// Filters end with "^", urlFilter's separator: anything but a letter, digit, "_", "-", "." or
// "%", or the end of the address. So "someex^" does not match "someex2" or "someex.art".
function filterPlans(key: string, order: number, network: Network, id: string): FilterPlan[] {
  const profileUrl = network.profileUrl(id);
  const paths = network.filterPaths(id);
  const archives = (network.archiveDomains ?? network.domains).flatMap((domain) =>
    paths.map((path) => ({ key, order, urlFilter: `${domain}/${path}^`, requestDomains: archiveHosts, profileUrl })),
  );
  const mirrors = mirrorSites.filter((site) => site.network === network.id);
  const samePaths = mirrors.filter((site) => site.handleAt === 'same').map((site) => site.host);
  const mirrorPlans = [
    ...(samePaths.length === 0 ? [] : paths.map((path) => ({ key, order, urlFilter: `/${path}^`, requestDomains: samePaths, profileUrl }))),
    ...mirrors.flatMap((site) =>
      site.handleAt === 'same'
        ? []
        : [{ key, order, urlFilter: `/${[...(site.handleAt.prefix ?? []), id].join('/')}^`, requestDomains: [site.host], profileUrl }],
    ),
  ];
  return [...archives, ...mirrorPlans];
}

/** Every form of these profiles' addresses, in list order, before the browser is asked. */
export function planRules(keys: Iterable<string>): RulePlan {
  const regex: RegexEntry[] = [];
  const filters: FilterPlan[] = [];
  let order = 0;
  for (const key of keys) {
    const ref = parseProfileKey(key);
    if (ref === null) continue;
    for (const path of ref.network.rulePaths(ref.id)) regex.push({ key, order, network: ref.network, path: { host: ref.network.ruleHost, ...path } });
    filters.push(...filterPlans(key, order, ref.network, ref.id));
    order++;
  }
  return { regex, filters };
}

/** A regex rule carrying the ids of several profiles. */
export interface PackedRegex {
  readonly regexFilter: string;
  /** The network's domains: the browser tries the pattern only on these. */
  readonly requestDomains: readonly string[];
  readonly keys: readonly string[];
  /** The oldest listed profile in it (see RegexEntry.order). */
  readonly order: number;
}

export interface PackOptions {
  /**
   * The browser's verdict on a pattern (declarativeNetRequest.isRegexSupported, case-insensitive),
   * remembered by the caller: the same patterns are asked about on every rebuild.
   */
  readonly isSupported: (regex: string) => Promise<boolean>;
  /** How many regex rules there is room for. */
  readonly maxRules: number;
  readonly maxIdsPerRule?: number;
  /** Largest literal id each form takes (see `largestLiteral`), remembered by the caller. */
  readonly budgets?: Map<string, number>;
}

/** The pattern of a rule for these ids, in the form `path`. */
export function patternOf(path: RulePath, ids: readonly string[]): string {
  const alternatives = ids.length === 1 ? ids[0]! : `(?:${ids.join('|')})`;
  if (path.inHost === true) return `^https?://${path.before}${alternatives}${path.after}`;
  return `^https?://${path.host ?? '[^/]+'}/${path.before}${alternatives}${path.after}`;
}

const shapeOf = (path: RulePath): string => `${path.inHost === true ? 'host' : 'path'}\u0000${path.host ?? ''}\u0000${path.before}\u0000${path.after}`;

/**
 * What an id costs in a compiled pattern, in the units Chrome's 2 KB limit counts: one per
 * character, an escaped one included (`\.?` is two). Measured: a packed pattern fits when the
 * ids' costs, plus one for each `|`, stay within what a single literal id of that form may cost.
 */
export const idCost = (pattern: string): number => pattern.replace(/\\(.)/g, '$1').length;

/**
 * The longest literal id the browser accepts in this form: the form's budget. Found by halving,
 * a dozen questions per form; a browser without a size limit (Firefox) reaches `ceiling`.
 */
export async function largestLiteral(path: RulePath, isSupported: (regex: string) => Promise<boolean>, ceiling = 4096): Promise<number> {
  let low = 0;
  let high = ceiling;
  while (low < high) {
    const length = Math.ceil((low + high) / 2);
    if (await isSupported(patternOf(path, ['a'.repeat(length)]))) low = length;
    else high = length - 1;
  }
  return low;
}

/**
 * Packs the ids of listed profiles into as few regex rules as the browser accepts: ids of one
 * network and form share a rule while their cost fits the form's budget, and each rule is
 * checked with the browser before it is kept (a refused one is split in two). An id too large
 * for any rule of its form falls back to its next, smaller pattern. When there are more rules
 * than room, the newest profiles' rules are left out: `uncovered` names them.
 */
export async function packRegex(entries: readonly RegexEntry[], options: PackOptions): Promise<{ rules: PackedRegex[]; uncovered: string[] }> {
  const { isSupported, maxIdsPerRule = MAX_IDS_PER_RULE, budgets = new Map<string, number>() } = options;
  const rules: PackedRegex[] = [];
  const uncovered = new Set<string>();
  // Each entry with the index of the pattern it is tried with (0: the most complete).
  let pending = entries.map((entry) => ({ entry, candidate: 0 }));

  const budget = async (path: RulePath): Promise<number> => {
    const shape = shapeOf(path);
    let found = budgets.get(shape);
    if (found === undefined) {
      found = await largestLiteral(path, isSupported);
      budgets.set(shape, found);
    }
    return found;
  };

  while (pending.length > 0) {
    const groups = new Map<string, { path: RulePath; items: { entry: RegexEntry; candidate: number; id: string }[] }>();
    for (const { entry, candidate } of pending) {
      const id = entry.path.id[candidate]!;
      const shape = `${entry.network.id}\u0000${shapeOf(entry.path)}`;
      const group = groups.get(shape) ?? { path: entry.path, items: [] };
      group.items.push({ entry, candidate, id });
      groups.set(shape, group);
    }
    const fallBack: typeof pending = [];
    for (const { path, items } of groups.values()) {
      const limit = await budget(path);
      // Sorted, so ids sharing a beginning sit side by side: RE2 merges common prefixes.
      items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const chunks: (typeof items)[] = [];
      let chunk: typeof items = [];
      let cost = -1;
      for (const item of items) {
        const itemCost = idCost(item.id) + 1;
        if (chunk.length > 0 && (cost + itemCost > limit || chunk.length >= maxIdsPerRule)) {
          chunks.push(chunk);
          chunk = [];
          cost = -1;
        }
        chunk.push(item);
        cost += itemCost;
      }
      if (chunk.length > 0) chunks.push(chunk);

      const place = async (part: typeof items): Promise<void> => {
        const regexFilter = patternOf(path, part.map((item) => item.id));
        if (await isSupported(regexFilter)) {
          rules.push({
            regexFilter,
            // A cheap first check before the pattern; its own host part decides.
            requestDomains: part[0]!.entry.network.domains,
            keys: [...new Set(part.map((item) => item.entry.key))],
            order: Math.min(...part.map((item) => item.entry.order)),
          });
        } else if (part.length > 1) {
          const half = Math.ceil(part.length / 2);
          await place(part.slice(0, half));
          await place(part.slice(half));
        } else {
          const [{ entry, candidate }] = part as [(typeof items)[number]];
          if (candidate + 1 < entry.path.id.length) fallBack.push({ entry, candidate: candidate + 1 });
          else uncovered.add(entry.key);
        }
      };
      await Promise.all(chunks.map(place));
    }
    pending = fallBack;
  }

  rules.sort((a, b) => a.order - b.order || (a.regexFilter < b.regexFilter ? -1 : 1));
  for (const rule of rules.slice(options.maxRules)) for (const key of rule.keys) uncovered.add(key);
  return { rules: rules.slice(0, options.maxRules), uncovered: [...uncovered] };
}

export interface BuildOptions {
  /**
   * Where a stopped visit goes, e.g. chrome-extension://<id>/go.html (the page that leads to
   * the pause page; see wxt.config.ts).
   */
  readonly pausePageUrl: string;
  /** 'redirect' for the persistent rules; 'allow' for the session rules of open allowances. */
  readonly action: 'redirect' | 'allow';
  /** Extra parameters for the pause page's address, before the `url=` that ends it. */
  readonly pauseParams?: string;
}

export interface BuiltRules {
  readonly rules: Rule[];
  /** Profiles whose archive and mirror copies got no rule for lack of room (the newest). */
  readonly uncoveredCopies: string[];
}

/**
 * The rules to install, numbered from 1. Redirects send the request to the pause page with the
 * address after `url=`, unencoded (a regex substitution cannot encode), so the pause page reads
 * everything after the marker.
 */
export function buildRules(regex: readonly PackedRegex[], filters: readonly FilterPlan[], { pausePageUrl, action, pauseParams = '' }: BuildOptions): BuiltRules {
  const priority = action === 'allow' ? 2 : 1;
  const pausePath = new URL(pausePageUrl).pathname;
  const query = `?via=load${pauseParams}&url=`;
  const regexRules = regex.map(({ regexFilter, requestDomains }) => ({
    priority,
    action: action === 'allow' ? ({ type: 'allow' } as const) : ({ type: 'redirect', redirect: { regexSubstitution: `${pausePageUrl}${query}\\0` } } as const),
    condition: { regexFilter, requestDomains, resourceTypes: RESOURCE_TYPES, isUrlFilterCaseSensitive: false } as const,
  }));
  // Searches' redirects count toward the same limit (lib/search-rules.ts): room is kept for them.
  const room = Math.max(0, MAX_REDIRECT_RULES - (action === 'redirect' ? SEARCH_RULE_RESERVE : 0) - regexRules.length);
  const sorted = [...filters].sort((a, b) => a.order - b.order);
  const filterRules = sorted.slice(0, room).map((rule) => ({
    priority,
    action:
      action === 'allow'
        ? ({ type: 'allow' } as const)
        : ({ type: 'redirect', redirect: { extensionPath: `${pausePath}${query}${rule.profileUrl}` } } as const),
    condition: {
      urlFilter: rule.urlFilter,
      requestDomains: rule.requestDomains,
      resourceTypes: RESOURCE_TYPES,
      isUrlFilterCaseSensitive: false,
    } as const,
  }));
  const uncoveredCopies = [...new Set(sorted.slice(room).map((rule) => rule.key))];
  return { rules: [...regexRules, ...filterRules].map((rule, index) => ({ id: index + 1, ...rule })), uncoveredCopies };
}
