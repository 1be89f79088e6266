/*
 * Whether a search is for someone the user listed: their name, their handles and the extra
 * terms the user added, matched the way a person would expect (case and accents ignored, a
 * name's words in any order, a handle with or without "@"). Pure and small: the search guard
 * runs it on every page of the supported sites, and the background on every search request.
 *
 * The query itself is only ever held in memory while it is checked: nothing here stores it.
 */

/** A watched term, ready to compare: its words, normalised. */
export interface SearchTerm {
  /** 'name' (the person's name field), 'handle' (a listed profile's), 'extra' (added by the user). */
  readonly kind: 'name' | 'handle' | 'extra';
  readonly words: readonly string[];
  /** As the user wrote it (the request rules need its accents: lib/search-rules.ts). */
  readonly text: string;
}

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLDS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

const stripMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Lower case, without accents: "Zoë Dupré" → "zoe dupre", "Weiß" → "weiss", "İpek" → "ipek". */
export function normalize(text: string): string {
  // Twice: lowering "İ" gives "i" and a combining dot, which the second pass removes.
  return stripMarks(stripMarks(text).replace(/[ßæœøłđðþı]/gi, (letter) => FOLDS[letter.toLowerCase()] ?? letter).toLowerCase());
}

/** The words of a text, normalised: anything but a letter or a digit separates them ("@", ".", "_", "+", quotes). */
export function tokens(text: string): string[] {
  return normalize(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

// Scripts written without spaces between words: there a term is looked for inside the text.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Handles shorter than this are ordinary words too often ("sam", "jo") to be watched on their own. */
export const MIN_HANDLE_LENGTH = 4;

/** Words written together count as the term's words only from this length ("samsmith", "jeanluc"). */
const MIN_JOINED_LENGTH = 6;

/**
 * A term as the user gave it; null when it could never match, or must not: a name of a single
 * word ("Sam": a common first name on its own would pause searches for everyone called Sam,
 * so only a term the user adds themselves watches one word), or a handle too short to tell apart.
 */
export function termOf(kind: SearchTerm['kind'], text: string): SearchTerm | null {
  const words = tokens(kind === 'handle' ? text.replace(/^@/, '') : text);
  if (words.length === 0) return null;
  if (kind === 'name' && words.length === 1 && !UNSPACED.test(words[0]!)) return null;
  if (kind === 'handle' && words.join('').length < MIN_HANDLE_LENGTH) return null;
  return { kind, words, text: text.trim() };
}

/**
 * Whether the query's words name this term:
 * - a handle: its words, run together, equal some run of the query's words run together
 *   ("sam.smith_92", "@sam.smith_92", "sam smith 92", "samsmith92"; never "sam.smith_921");
 * - a name or an extra term: each of its words is a word of the query, in any order, with
 *   anything between ("Smith, Sam", "sam j. smith photos"). Words of one or two letters
 *   (initials, "de", "la") may be left out when at least two longer words remain ("María de la
 *   Cruz" is found by "maria cruz"). Words written together count too ("jeanluc picard",
 *   "samsmith").
 * - in a script without spaces, the term anywhere in the query.
 */
export function matchesTerm(query: readonly string[], term: SearchTerm): boolean {
  const { words } = term;
  const joined = words.join('');
  if (UNSPACED.test(joined)) return query.join('').includes(joined);
  if (term.kind === 'handle') return runs(query).has(joined);
  const covered = new Array<boolean>(words.length).fill(false);
  for (const token of query) {
    for (let from = 0; from < words.length; from++) {
      let together = '';
      for (let to = from; to < words.length && together.length < token.length; to++) {
        together += words[to];
        // Words run together only when that leaves something distinctive: "lina" is not "Li Na".
        if (together === token && (to === from || together.length >= MIN_JOINED_LENGTH)) covered.fill(true, from, to + 1);
      }
    }
  }
  const long = words.filter((word) => word.length > 2);
  const required = long.length >= 2 ? words.map((word) => word.length > 2) : words.map(() => true);
  return required.every((needed, index) => !needed || covered[index]);
}

/** Every run of consecutive query words, run together (queries are short: a few dozen words at most are looked at). */
function runs(query: readonly string[]): Set<string> {
  const found = new Set<string>();
  const words = query.slice(0, 64);
  for (let from = 0; from < words.length; from++) {
    let together = '';
    for (let to = from; to < words.length && together.length < 200; to++) found.add((together += words[to]));
  }
  return found;
}

/** Someone whose searches are watched: their id and their terms. */
export interface WatchedPerson {
  readonly id: string;
  /** How the pause names them (their name, or '' for "Someone"). */
  readonly name: string;
  readonly terms: readonly SearchTerm[];
}

/** The first watched person a query names, or null. */
export function personSearched(query: string, people: readonly WatchedPerson[]): WatchedPerson | null {
  const words = tokens(query);
  if (words.length === 0) return null;
  return people.find((person) => person.terms.some((term) => matchesTerm(words, term))) ?? null;
}

/**
 * The handle a listed profile is searched by, from its key ("instagram:someex" → "someex"), or
 * null for identifiers nobody types into a search: numeric ids, channel ids. A Bluesky handle is
 * searched without its ".bsky.social".
 */
export function handleOfKey(key: string): string | null {
  const id = key.slice(key.indexOf(':') + 1);
  const legacy = /^(?:c|user)\/(.+)$/.exec(id);
  const handle = legacy?.[1] ?? (id.includes('/') ? null : id);
  if (handle === null || /^\d+$/.test(handle)) return null;
  return handle.replace(/\.bsky\.social$/i, '');
}

/** The terms a person's searches are watched for: their name, their handles and their extra terms. */
export function termsOf(person: { readonly name: string; readonly profileKeys: readonly string[]; readonly extra: readonly string[] }): SearchTerm[] {
  const handles = person.profileKeys.map(handleOfKey).filter((handle) => handle !== null);
  const all = [termOf('name', person.name), ...handles.map((handle) => termOf('handle', handle)), ...person.extra.map((text) => termOf('extra', text))];
  const seen = new Set<string>();
  return all.filter((term): term is SearchTerm => {
    if (term === null) return false;
    const key = `${term.kind}\u0000${term.words.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The people whose searches are watched, read straight from the stored list, tolerating any
 * shape (like must-stop.ts: the search guard runs on every page of the supported sites and must
 * not carry the validation library; lib/people.ts reads the same field with its schema).
 */
export function watchedPeople(storedPeople: unknown): WatchedPerson[] {
  if (!Array.isArray(storedPeople)) return [];
  const watched: WatchedPerson[] = [];
  for (const person of storedPeople) {
    const search: unknown = person?.search;
    if (search === null || typeof search !== 'object' || (search as { on?: unknown }).on !== true) continue;
    const id: unknown = person.id;
    if (typeof id !== 'string') continue;
    const name = typeof person.name === 'string' ? (person.name as string) : '';
    const extra = (search as { terms?: unknown }).terms;
    const profiles: unknown = person.profiles;
    const profileKeys = Array.isArray(profiles) ? profiles.map((profile) => profile?.key).filter((key): key is string => typeof key === 'string') : [];
    const terms = termsOf({ name, profileKeys, extra: Array.isArray(extra) ? extra.filter((term): term is string => typeof term === 'string') : [] });
    if (terms.length > 0) watched.push({ id, name, terms });
  }
  return watched;
}
