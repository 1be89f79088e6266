import { type Allowances, readAllowances } from './allowances';
import { readPass } from './pause-request';

/*
 * What the feed script needs to know, read from storage as it is (like the guard, it must not
 * carry the validation library): every key of each person whose "Keep them out of my feeds" is
 * on, with the ids learned for them, and what `mustHide` (lib/must-stop.ts) asks about. A key
 * is only ever compared with what `profileKey` gives, so a malformed one simply matches nothing.
 */

export interface FeedPerson {
  /** The listed key this key belongs to (itself, or the handle a learned id was seen with). */
  readonly listed: string;
  /**
   * How the placeholder names them: their name, or '' for someone unnamed (the placeholder says
   * "Someone": the page reads the browser's messages only when it draws a line).
   */
  readonly name: string;
}

export interface FeedState {
  readonly keys: ReadonlyMap<string, FeedPerson>;
  /**
   * Lowercase fragments without periods, one of which every address naming them contains: a
   * cheap first look at each link before it is read with `profileKey`.
   */
  readonly needles: readonly string[];
  /**
   * Whether `text` holds one of the needles, read as `normalised(text)` would hold it (any case,
   * periods anywhere; line breaks too, for a link as written): one compiled test, with nothing made per link, for the thousands of links
   * a feed brings.
   */
  readonly mentions: (text: string) => boolean;
  readonly allowances: Allowances;
  readonly settings: unknown;
  /** Leave a quiet line where something was hidden (the setting `feedPlaceholder`). */
  readonly placeholder: boolean;
  /** This installation's pass, for the pause page's address (lib/pause-request.ts). */
  readonly pass: string;
}

export interface StoredForFeeds {
  readonly people: unknown;
  readonly allowances: unknown;
  readonly settings: unknown;
  readonly learnedIds: unknown;
  readonly pausePass: unknown;
}

/** The part of an address that names the person, as `needles` looks for it. */
export const normalised = (text: string): string => text.toLowerCase().replaceAll('.', '');

export function readFeedState(stored: StoredForFeeds): FeedState {
  const keys = new Map<string, FeedPerson>();
  const learned = (stored.learnedIds ?? {}) as Record<string, unknown>;
  for (const person of Array.isArray(stored.people) ? stored.people : []) {
    // Absent reads as off (lib/people.ts, PersonSchema).
    if (person?.hideInFeeds !== true || !Array.isArray(person.profiles)) continue;
    const name = typeof person.name === 'string' ? person.name.trim() : '';
    for (const profile of person.profiles) {
      const key: unknown = profile?.key;
      if (typeof key !== 'string') continue;
      keys.set(key, { listed: key, name });
      const ids = learned[key];
      for (const id of Array.isArray(ids) ? ids : []) if (typeof id === 'string') keys.set(id, { listed: key, name });
    }
  }
  const settings = stored.settings;
  const needles = [...new Set([...keys.keys()].flatMap(needlesOf))];
  return {
    keys,
    needles,
    mentions: mentionsOf(needles),
    allowances: readAllowances(stored.allowances),
    settings,
    placeholder: (settings as { feedPlaceholder?: unknown } | null | undefined)?.feedPlaceholder === true,
    pass: readPass(stored.pausePass),
  };
}

/**
 * The test `FeedState.mentions` makes: each needle's characters, any periods between them, in any
 * case; and tabs or line breaks, which a link may be written with and its address drops. Each
 * character (and period) may also be written percent-encoded, as an address keeps it and still
 * names them (`/%73omeex`). (Addresses are ASCII, a name in another script percent-encoded, which
 * `needlesOf` covers.)
 */
function mentionsOf(needles: readonly string[]): (text: string) => boolean {
  if (needles.length === 0) return () => false;
  const escape = (character: string) => character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const encoded = (character: string) => `%${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
  // A letter in either case, as the test ignores case: `%45` and `%65` both write an "e".
  const either = (character: string) =>
    character < '\x80' ? `(?:${[escape(character), ...new Set([character.toLowerCase(), character.toUpperCase()].map(encoded))].join('|')})` : escape(character);
  const between = `(?:[.\\t\\n\\r]|${encoded('.')})*`;
  const pattern = new RegExp(needles.map((needle) => [...needle].map(either).join(between)).join('|'), 'i');
  return (text) => pattern.test(text);
}

// An id's last part (after "user/", "channel/", "did:plc:"), as written plainly, percent-encoded
// (a handle in another script), and as a translation proxy's host writes a hyphen ("--").
function needlesOf(key: string): string[] {
  const id = key.slice(key.indexOf(':') + 1);
  const part = id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1);
  return [...new Set([part, encodeURIComponent(part), part.replaceAll('-', '--')].map(normalised))].filter((needle) => needle !== '');
}
