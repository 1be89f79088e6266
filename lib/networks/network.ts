import type { PlainKey } from '../translate';

/** What one social network's profile URLs look like. Pure data plus pure functions. */
export interface UrlParts {
  /** The host's labels in front of the network's domain, lowercased: '' for the bare domain. */
  readonly subdomain: string;
  /** The registrable domain that matched, lowercased, e.g. 'twitter.com'. */
  readonly domain: string;
  /** Path segments, percent-decoded, empty segments removed. */
  readonly segments: readonly string[];
  /** One query parameter; parsed only when a network asks, which few do. */
  readonly query: (name: string) => string | null;
}

export interface Network {
  readonly id: string;
  readonly label: string;
  /** Registrable domains the network serves profiles on. Subdomains are checked by `subdomains`. */
  readonly domains: readonly string[];
  /** Subdomains (of any of `domains`) that serve the same pages; '' is the bare domain. */
  readonly subdomains: (subdomain: string) => boolean;
  /** The profile's identifier (the part after `id:` in the key), or null when not a profile. */
  readonly identify: (parts: UrlParts) => string | null;
  /** Turns what a user types after choosing this network ("@someex") into an identifier. */
  readonly fromHandle: (handle: string) => string | null;
  /** The canonical address of a profile, from its identifier. */
  readonly profileUrl: (id: string) => string;
  /** How the identifier is shown to the user ("@someex"). */
  readonly display: (id: string) => string;
  /**
   * How a request rule recognises the profile `id` in a URL, as the browser sends it
   * (percent-encoded): one entry per form, each an RE2 pattern (declarativeNetRequest
   * `regexFilter`, case-insensitive) in three parts, so that the ids of many listed profiles
   * of one network share a rule: `before(?:id1|id2|…)after` (see lib/redirect-rules.ts).
   */
  readonly rulePaths: (id: string) => readonly RulePath[];
  /**
   * The profile's path as literal text (after "domain/"), for plain `urlFilter` rules on web
   * archives and mirror sites, which carry the network's URL inside their own.
   */
  readonly filterPaths: (id: string) => readonly string[];
  /**
   * An RE2 pattern for the hosts that serve profiles ("(?:www\\.|m\\.)?instagram\\.com"), as
   * `subdomains` accepts them: request rules name it in their pattern (their `requestDomains`
   * also names the domains, a cheap first check).
   */
  readonly ruleHost: string;
  /**
   * How web-archive copies name the network's domains in a plain `urlFilter` (`*` is a
   * wildcard): one filter per domain unless given, e.g. Pinterest's 21 country domains as one.
   */
  readonly archiveDomains?: readonly string[];
  /** One short sentence on what a valid handle looks like, for error messages (a message key). */
  readonly handleRule: PlainKey;
  /** First path segments that are the network's own pages, never a person: for kind messages. */
  readonly postPaths?: ReadonlySet<string>;
}

/**
 * One form of a profile's address, for request rules. The rule's pattern is
 * `^https?://<host>/<before>(?:<id>|<id>|…)<after>`, where the host is the network's `ruleHost`
 * unless the form names its own; or, for forms that live in the host (Tumblr's
 * <name>.tumblr.com), `^https?://<before>(?:<id>|…)<after>`.
 */
export interface RulePath {
  readonly before: string;
  /**
   * The id as a pattern, most complete first: Chrome refuses a pattern that compiles to more
   * than 2 KB, and then the next, smaller one is used (Facebook's optional periods, then the
   * exact name).
   */
  readonly id: readonly string[];
  /** Ends at a path boundary (END or VALUE_END). */
  readonly after: string;
  /** A pattern for the host, when this form lives on other hosts than the network's `ruleHost`. */
  readonly host?: string;
  /** The id is in the host itself. */
  readonly inHost?: true;
}

/** A profile's one form, for request rules: `before<id>after` on the network's hosts. */
export const rulePath = (before: string, id: string, after = END): RulePath => ({ before, id: [id], after });

/** Checks a subdomain against a fixed list. (Marked free of side effects for bundlers.) */
export const oneOf = /* @__NO_SIDE_EFFECTS__ */
  (...allowed: string[]) =>
  (subdomain: string): boolean =>
    allowed.includes(subdomain);

/**
 * Reads a handle that may start with "@" and checks it against the network's pattern.
 * Returns it lowercased when the network ignores case.
 */
export function handleMatching(pattern: RegExp, handle: string | undefined, lowercase = true): string | null {
  if (handle === undefined) return null;
  const bare = handle.startsWith('@') ? handle.slice(1) : handle;
  if (!pattern.test(bare)) return null;
  return lowercase ? bare.toLowerCase() : bare;
}

/** The first segment when it is "@handle"; most newer networks mark profiles that way. */
export function atHandle(segment: string | undefined): string | undefined {
  return segment !== undefined && segment.startsWith('@') ? segment.slice(1) : undefined;
}

/** Escapes a literal for an RE2 pattern. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Where a handle ends in a URL path: a slash, the query, the fragment or the end. The pattern
 * runs on to the end of the URL because Firefox builds a redirect from the matched text alone
 * (Chrome keeps what follows the match): matching all of it carries sub-pages and queries over.
 */
export const END = '(?:[/?#].*)?$';
/** Where a query value ends, likewise running on to the end of the URL. */
export const VALUE_END = '(?:[&#].*)?$';
