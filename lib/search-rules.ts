import { escapeRegex } from './networks/network';
import { networks } from './networks';
import { passParam } from './pause-pass';
import { searchEngineDomains } from './search-engines';
import type { SearchTerm } from './search-terms';

/*
 * Chrome's request rules for searches (declarativeNetRequest): Chrome lets an extension stop a
 * request before it is sent only with rules, never with its own code (Firefox does: see
 * platform/background/search-requests.ts), and a rule's pattern cannot tell a name's words in
 * any order, accents left out or added, or "Sam Smith" from "Samantha Smithers" within the
 * browser's budget (/tmp/research-14/REPORT.md §3). So the rules only pre-filter:
 *
 * - a page load whose address holds a watched term's words (any order, anything between, within
 *   one query value, or in the path of a network's tag or search page) goes to public/go.html,
 *   then the pause page, which decides with the exact matcher (lib/search-terms.ts): a near
 *   miss goes straight on, under a one-shot pass (`passRule`), having cost one short detour;
 * - a request a page sends (suggestions while typing, a network's in-app results) is blocked
 *   when its address holds the words; words that are plain letters must stand as whole words
 *   there, so that a near miss still gets its results.
 *
 * Searches sent in a request's body (Startpage, DuckDuckGo's HTML version, Meta's GraphQL,
 * YouTube's results) never reach a rule: the search guard in the page stops them at the input.
 *
 * Limits: search rules use at most SEARCH_RULE_RESERVE of the 1,000 regex rules Chrome allows in
 * all (lib/redirect-rules.ts gives the rest to profiles and "Continue"); terms past it are
 * counted in the search status, and still paused by the guard as their page starts to load.
 */

/** Regex rules kept for searches, out of the 1,000 the browser allows. */
export const SEARCH_RULE_RESERVE = 60;
/** Dynamic rule ids of the search rules: the profiles' rules keep the ids below. */
export const FIRST_SEARCH_RULE_ID = 1_000_000;
/** Session rule ids of the one-shot passes: the allowances' rules keep the ids below. */
export const FIRST_SEARCH_PASS_ID = 2_000_000;

/** Searches' rules come after profiles' (priority 1) and "Continue" (2); a pass beats them all. */
const PASS_PRIORITY = 3;

type Shape = 'query' | 'path' | 'request';

interface ShapeInfo {
  /** The pattern up to the words. */
  readonly head: string;
  /** What may stand between two words. */
  readonly gap: string;
  /** Words that are plain letters must stand as whole words (requests a page sends). */
  readonly bounded: boolean;
  readonly domains: () => string[];
  readonly resourceTypes: readonly string[];
  readonly action: 'redirect' | 'block';
}

const networkDomains = (): string[] => networks.flatMap((network) => network.domains);
const allDomains = (): string[] => [...searchEngineDomains(), ...networkDomains()];

const SHAPES: Readonly<Record<Shape, ShapeInfo>> = {
  // Within one query value: q=, p=, text=, keywords=, and JSON or Rest.li values alike.
  query: { head: '^https?://[^/]+/[^#]*=[^&#]*', gap: '[^&#]*', bounded: false, domains: allDomains, resourceTypes: ['main_frame'], action: 'redirect' },
  // Tumblr's /search/<words>, tag pages (/tagged/, /hashtag/, /tag/, /explore/tags/), TikTok's /discover/.
  path: {
    head: '^https?://[^/]+/(?:search|tagged|discover|hashtag|tag|explore/tags)/[^?#]*',
    gap: '[^/?#]*',
    bounded: false,
    domains: networkDomains,
    resourceTypes: ['main_frame'],
    action: 'redirect',
  },
  // Each word starts after a separator ("=" of its parameter included) and ends before one.
  request: { head: '^https?://[^/]+/[^#]*', gap: '[^&#]*', bounded: true, domains: allDomains, resourceTypes: ['xmlhttprequest', 'script', 'other'], action: 'block' },
};

// Whole words: each starts after a separator (anything but a letter or digit: "=", "+", "%20",
// "%22") and ends before one.
const SEPARATOR = '(?:[^a-z0-9%]|%[0-9a-f][0-9a-f])';
const WORD_START = SEPARATOR;
const WORD_END = '(?:[^a-z0-9]|$)';
/** Between two whole words: a separator, then perhaps anything up to another one. */
const BETWEEN_WORDS = `${SEPARATOR}(?:[^&#]*${SEPARATOR})?`;

/** A word's pattern, and whether it is closed: plain letters and digits only, so its edges are its own. */
interface WordPattern {
  readonly pattern: string;
  readonly closed: boolean;
}

/**
 * One word as it may appear in an address, lower case (rules ignore case): its plain letters
 * literally, with any other letter left open (an accent may be written, encoded two ways, or
 * left out: "Zoë" is "zo…"). A word in another script is matched encoded, as the browser sends
 * it, with its first letter in either case.
 */
function wordPattern(word: string, gap: string): WordPattern | null {
  const lower = word.normalize('NFC').toLowerCase();
  if (!/[a-z0-9]/.test(lower)) {
    const [first = '', ...rest] = [...lower];
    if (first === '') return null;
    const encode = (text: string) => encodeURIComponent(text).toLowerCase();
    const firsts = [...new Set([encode(first), encode(first.toUpperCase())])];
    return { pattern: `${firsts.length === 1 ? firsts[0] : `(?:${firsts.join('|')})`}${encode(rest.join(''))}`, closed: false };
  }
  const chunks = lower.split(/[^a-z0-9]+/).filter((chunk) => chunk !== '');
  return { pattern: chunks.map(escapeRegex).join(gap), closed: !/[^a-z0-9]/.test(lower) };
}

/** Words in this order; as whole words where they are closed and the shape asks for it. */
function sequence(words: readonly WordPattern[], gap: string, bounded: boolean): string {
  if (!bounded) return words.map((word) => word.pattern).join(gap);
  let text = words[0]!.closed ? WORD_START : '';
  words.forEach((word, index) => {
    if (index > 0) text += word.closed && words[index - 1]!.closed ? BETWEEN_WORDS : gap;
    text += word.pattern;
  });
  return words.at(-1)!.closed ? `${text}${WORD_END}` : text;
}

const rawWords = (text: string): string[] => text.split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word !== '');

/**
 * The alternatives that pre-filter one term, or [] when it has nothing a rule can look for:
 * a handle's words in order, the two longest words of a name (or an extra term) in either order.
 */
export function termNeedles(term: SearchTerm, shape: Shape): string[] {
  const { gap, bounded } = SHAPES[shape];
  const words = rawWords(term.kind === 'handle' ? term.text.replace(/^@/, '') : term.text);
  const patterns = words.map((word) => wordPattern(word, gap));
  if (patterns.length === 0 || patterns.some((pattern) => pattern === null)) return [];
  const parts = patterns as WordPattern[];
  if (term.kind === 'handle') {
    // Run together or apart, always in order: "samsmith92", "sam.smith_92", "sam smith 92".
    const run = { pattern: parts.map((part) => part.pattern).join(gap), closed: parts.every((part) => part.closed) };
    return [sequence([run], gap, bounded)];
  }
  // The longest words say the most: a middle initial or "de" adds nothing to a pre-filter.
  const longest = new Set([...parts.keys()].sort((a, b) => words[b]!.length - words[a]!.length).slice(0, 2));
  const [first, second] = parts.filter((_, index) => longest.has(index));
  if (second === undefined) return [sequence([first!], gap, bounded)];
  return [sequence([first!, second], gap, bounded), sequence([second, first!], gap, bounded)];
}

export interface PackedSearchRule {
  readonly shape: Shape;
  readonly regexFilter: string;
}

export interface SearchRulePlan {
  readonly rules: PackedSearchRule[];
  /** Terms some rule could not be given (no room, or a pattern the browser refused). */
  readonly uncovered: number;
}

/**
 * Packs the terms' pre-filters into as few regex rules as the browser accepts (each pattern is
 * checked with `isSupported`, as lib/redirect-rules.ts does for profiles), at most `maxRules`.
 */
export async function packSearchRules(terms: readonly SearchTerm[], isSupported: (regex: string) => Promise<boolean>, maxRules = SEARCH_RULE_RESERVE): Promise<SearchRulePlan> {
  const rules: PackedSearchRule[] = [];
  const uncovered = new Set<number>();
  for (const shape of Object.keys(SHAPES) as Shape[]) {
    const { head } = SHAPES[shape];
    const patternOf = (needles: readonly string[]) => `${head}(?:${needles.join('|')})`;
    let current: string[] = [];
    const flush = () => {
      if (current.length > 0) rules.push({ shape, regexFilter: patternOf(current) });
      current = [];
    };
    for (const [index, term] of terms.entries()) {
      const needles = termNeedles(term, shape);
      // A name the rules cannot spell at all (only marks) leaves nothing: the guard remains.
      if (needles.length === 0) {
        uncovered.add(index);
        continue;
      }
      // Both orders of a name together when they fit, else one rule each.
      const groups = (await isSupported(patternOf(needles))) ? [needles] : needles.map((needle) => [needle]);
      for (const [order, group] of groups.entries()) {
        if (current.length > 0 && (await isSupported(patternOf([...current, ...group])))) {
          current.push(...group);
          continue;
        }
        flush();
        // Too long as whole words: block on the words anywhere instead (a near miss then loses its suggestions).
        const placed = (await isSupported(patternOf(group))) ? group : SHAPES[shape].bounded ? [termNeedles(term, 'query')[order]!] : null;
        if (placed !== null && (await isSupported(patternOf(placed)))) current = [...placed];
        else uncovered.add(index);
      }
    }
    flush();
  }
  // Over the budget, the last terms' rules go first: they are told apart by their place in the list.
  if (rules.length > maxRules) {
    const kept = rules.slice(0, maxRules);
    const dropped = rules.slice(maxRules);
    for (const rule of dropped) for (const [index, term] of terms.entries()) if (termNeedles(term, rule.shape).some((needle) => rule.regexFilter.includes(needle))) uncovered.add(index);
    return { rules: kept, uncovered: uncovered.size };
  }
  return { rules, uncovered: uncovered.size };
}

export interface SearchRule {
  readonly id: number;
  readonly priority: number;
  readonly action: { readonly type: 'redirect'; readonly redirect: { readonly regexSubstitution: string } } | { readonly type: 'block' } | { readonly type: 'allow' };
  readonly condition: {
    readonly regexFilter?: string;
    readonly urlFilter?: string;
    readonly requestDomains?: readonly string[];
    readonly tabIds?: readonly number[];
    readonly resourceTypes: readonly string[];
    readonly isUrlFilterCaseSensitive: false;
  };
}

/**
 * The rules to install, numbered from FIRST_SEARCH_RULE_ID. A page load goes to `goPageUrl`
 * (public/go.html) with the search's address after `&url=` (go.js takes it out of the address
 * at once) and this installation's pass.
 */
export function buildSearchRules(packed: readonly PackedSearchRule[], { goPageUrl, pass }: { goPageUrl: string; pass: string }): SearchRule[] {
  return packed.map(({ shape, regexFilter }, index) => {
    const { action, resourceTypes, domains } = SHAPES[shape];
    return {
      id: FIRST_SEARCH_RULE_ID + index,
      priority: 1,
      action:
        action === 'block'
          ? { type: 'block' }
          : { type: 'redirect', redirect: { regexSubstitution: `${goPageUrl}?via=search${passParam(pass)}&url=\\0` } },
      condition: { regexFilter, requestDomains: domains(), resourceTypes, isUrlFilterCaseSensitive: false },
    };
  });
}

/**
 * A one-shot pass for one page load in one tab: a near miss the pause page let go on, or a
 * search the user chose to continue to. A plain address filter (`|` anchors its start; `*`
 * stands for anything the filter language would read otherwise), so it costs no regex rule.
 */
export function passRule(id: number, url: string, tabId: number): SearchRule {
  const address = url.split('#')[0]!.replace(/[^\x21-\x7e]|\|/g, '*');
  return {
    id,
    priority: PASS_PRIORITY,
    action: { type: 'allow' },
    condition: { urlFilter: `|${address}`, tabIds: [tabId], resourceTypes: ['main_frame'], isUrlFilterCaseSensitive: false },
  };
}

/** What the search rules could not cover, for the settings page to say: never a silent gap. */
export interface SearchStatus {
  /** Terms without a request rule (no room, or refused): paused only as their page starts to load. */
  readonly uncovered: number;
  /** The browser refused the search rules altogether. */
  readonly failed: boolean;
}

/** The stored status; all covered when there is none or it cannot be read. */
export function readSearchStatus(stored: unknown): SearchStatus {
  const { uncovered, failed } = (stored ?? {}) as { uncovered?: unknown; failed?: unknown };
  return { uncovered: typeof uncovered === 'number' && Number.isInteger(uncovered) && uncovered > 0 ? uncovered : 0, failed: failed === true };
}
