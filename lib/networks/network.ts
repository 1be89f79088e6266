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
   * RE2 patterns (declarativeNetRequest `regexFilter`, case-insensitive) for the part of a URL
   * after "host/" that shows the profile `id`, each ending at a path boundary, as the browser
   * sends the URL (percent-encoded). One entry per rule; an entry lists candidates, most complete
   * first, because Chrome refuses a pattern that compiles to more than 2 KB and the background
   * keeps the first one the browser accepts.
   */
  readonly rulePaths: (id: string) => readonly (readonly string[])[];
  /**
   * The profile's path as literal text (after "domain/"), for plain `urlFilter` rules on web
   * archives and mirror sites, which carry the network's URL inside their own.
   */
  readonly filterPaths: (id: string) => readonly string[];
  /** RE2 pattern for the subdomain part of the host ("www."), as `subdomains` accepts it. */
  readonly ruleSubdomains: string;
  /** Whole-URL patterns (after "https?://") for forms that live in the host, like Tumblr blogs. */
  readonly ruleHosts?: (id: string) => string;
  /** One short sentence on what a valid handle looks like, for error messages (a message key). */
  readonly handleRule: PlainKey;
  /** First path segments that are the network's own pages, never a person: for kind messages. */
  readonly postPaths?: ReadonlySet<string>;
}

/** Checks a subdomain against a fixed list. */
export const oneOf =
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
