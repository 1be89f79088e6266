import * as v from 'valibot';
import { addDays, calendarDaysBetween, startOfDay } from './calendar';
import { type FeltAfter, isUrge, turnedBack, type Urge, URGE_FIELDS } from './urge';

/*
 * The logged urges as the popup and the pause screen need them: the recent ones as facts (no
 * notes), everything older folded into running totals. Kept in storage beside the urges (the
 * "digest", see storage.ts), it lets both pages show this week and the streaks without reading a
 * year of logging first. Every figure is computed from a history, and a full history (nothing
 * folded) is just the stored urges, so the digest and a full read always give the same answers.
 */

/** What the figures need of one urge. */
export type UrgeFacts = Pick<Urge, 'id' | 'at' | 'profileKey' | 'source' | 'outcome' | 'strength' | 'triggers' | 'feltAfter'>;
export type FeltAnswer = Exclude<FeltAfter, 'skipped'>;

/** Older urges, as running totals. */
export interface Folded {
  /** When the first urge was logged. */
  readonly first: number | null;
  readonly lastLook: number | null;
  /** The longest run of calendar days without looking that has ended (up to a look). */
  readonly longestRun: number;
  /** Urges turned back (every one without a look), in total. */
  readonly turnedBackTotal: number;
  /** The latest answers to "How do you feel after looking?", oldest first. */
  readonly answers: readonly FeltAnswer[];
}

export interface UrgeHistory {
  /** Urges from this time on are listed in `recent`; earlier ones are only in `folded`. */
  readonly cutoff: number;
  readonly folded: Folded;
  /** Oldest first. */
  readonly recent: readonly UrgeFacts[];
}

/** How many recent answers the pause screen looks back on. */
export const KEPT_ANSWERS = 5;
const DAY_MS = 86_400_000;

export const NOTHING_FOLDED: Folded = { first: null, lastLook: null, longestRun: 0, turnedBackTotal: 0, answers: [] };

const byTime = (a: UrgeFacts, b: UrgeFacts) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every urge, nothing folded. */
export function historyOf(urges: readonly UrgeFacts[]): UrgeHistory {
  let sorted = true;
  for (let i = 1; i < urges.length && sorted; i++) sorted = urges[i - 1]!.at <= urges[i]!.at;
  return { cutoff: -Infinity, folded: NOTHING_FOLDED, recent: sorted ? urges : [...urges].sort(byTime) };
}

/**
 * The totals with `urges` (oldest first, none older than what is folded already) added, leaving
 * out any after `until`.
 */
export function fold(folded: Folded, urges: readonly UrgeFacts[], until = Infinity): Folded {
  let { first, lastLook, longestRun, turnedBackTotal } = folded;
  const answers = [...folded.answers];
  for (const urge of urges) {
    // A safety check is neither an urge nor a look: it starts no run and ends none.
    if (urge.at > until || !isUrge(urge)) continue;
    first ??= urge.at;
    if (turnedBack(urge)) turnedBackTotal++;
    else {
      longestRun = longerRun(longestRun, lastLook ?? first, urge.at);
      lastLook = urge.at;
      if (urge.feltAfter !== null && urge.feltAfter !== 'skipped') answers.push(urge.feltAfter);
    }
  }
  return { first, lastLook, longestRun, turnedBackTotal, answers: answers.slice(-KEPT_ANSWERS) };
}

/**
 * The longer of `longest` and the calendar days from `from` to `to`. Counting calendar days is
 * costly, and a gap can only beat the longest so far if its length in hours comes within a day.
 */
export function longerRun(longest: number, from: number, to: number): number {
  return (to - from) / DAY_MS + 1 >= longest ? Math.max(longest, calendarDaysBetween(from, to)) : longest;
}

/** The same history with the urges before `cutoff` folded into the totals. */
export function foldBefore(history: UrgeHistory, cutoff: number): UrgeHistory {
  if (cutoff <= history.cutoff) return history;
  let split = 0;
  while (split < history.recent.length && history.recent[split]!.at < cutoff) split++;
  return { cutoff, folded: fold(history.folded, history.recent.slice(0, split)), recent: history.recent.slice(split) };
}

/**
 * Where the stored digest folds: two weeks before the start of today, so this week and last week
 * (whatever day the week starts on) and the last seven days are always listed in full.
 */
export const digestCutoff = (now: number): number => addDays(startOfDay(now), -14);

/** Whether a digest still lists everything the figures at `now` read (a day's grace for clocks). */
export const coversNow = (history: UrgeHistory, now: number): boolean => history.cutoff <= addDays(startOfDay(now), -13);

/** A stored digest that reaches back far enough for the figures at `now`, or null. */
export function usableDigest(stored: unknown, now: number): UrgeHistory | null {
  const digest = readDigest(stored);
  return digest !== null && coversNow(digest, now) ? digest : null;
}

/** A digest of every urge, as stored after a full read. */
export function digestOf(urges: readonly UrgeFacts[], now: number): UrgeHistory {
  return foldBefore(historyOf(urges.map(factsOf)), digestCutoff(now));
}

/**
 * The digest after `urge` was saved (new or changed), or null when it cannot tell: a change to an
 * urge older than the cutoff alters totals it no longer has the parts of, so it is recounted.
 */
export function withSaved(history: UrgeHistory, urge: UrgeFacts, now: number): UrgeHistory | null {
  if (urge.at < history.cutoff) return null;
  const recent = history.recent.filter((other) => other.id !== urge.id);
  const facts = factsOf(urge);
  let at = recent.length;
  while (at > 0 && byTime(recent[at - 1]!, facts) > 0) at--;
  recent.splice(at, 0, facts);
  return foldBefore({ ...history, recent }, digestCutoff(now));
}

/**
 * The digest after the urge `id` (logged at `at`) was deleted, or null when it cannot tell: an
 * urge older than the cutoff is already in totals it no longer has the parts of, so it is
 * counted again without it.
 */
export function withRemoved(history: UrgeHistory, { id, at }: Pick<UrgeFacts, 'id' | 'at'>, now: number): UrgeHistory | null {
  if (at < history.cutoff) return null;
  return foldBefore({ ...history, recent: history.recent.filter((other) => other.id !== id) }, digestCutoff(now));
}

export function factsOf({ id, at, profileKey, source, outcome, strength, triggers, feltAfter }: UrgeFacts): UrgeFacts {
  return { id, at, profileKey, source, outcome, strength, triggers, feltAfter };
}

/*
 * The stored form: one urge as a short array rather than an object, as a year of heavy use can
 * list several hundred of them. Version 1.
 */
// Version 2 counts every urge without a look as turned back; a version 1 digest is counted again.
const DIGEST_VERSION = 2;
const time = v.pipe(v.number(), v.finite());
const { id, at, profileKey, source, outcome, strength, triggers, feltAfter } = URGE_FIELDS;
const StoredFacts = v.tuple([id, at, profileKey, source, outcome, strength, triggers, feltAfter]);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const StoredDigest = v.object({
  v: v.literal(DIGEST_VERSION),
  cutoff: time,
  folded: v.object({
    first: v.nullable(time),
    lastLook: v.nullable(time),
    longestRun: count,
    turnedBackTotal: count,
    answers: v.pipe(v.array(v.picklist(['better', 'same', 'worse'])), v.maxLength(KEPT_ANSWERS)),
  }),
  recent: v.array(StoredFacts),
});
type StoredDigest = v.InferOutput<typeof StoredDigest>;

export function storedDigest(history: UrgeHistory): StoredDigest {
  return {
    v: DIGEST_VERSION,
    cutoff: history.cutoff,
    folded: { ...history.folded, answers: [...history.folded.answers] },
    recent: history.recent.map((u) => [u.id, u.at, u.profileKey, u.source, u.outcome, u.strength, [...u.triggers], u.feltAfter]),
  };
}

/** A stored digest, checked; null for a missing, older or damaged one (it is then rebuilt). */
export function readDigest(stored: unknown): UrgeHistory | null {
  const result = v.safeParse(StoredDigest, stored);
  if (!result.success) return null;
  const { cutoff, folded, recent } = result.output;
  const facts = recent.map(([id, at, profileKey, source, outcome, strength, triggers, feltAfter]): UrgeFacts => ({ id, at, profileKey, source, outcome, strength, triggers, feltAfter }));
  if (facts.some((urge, i) => urge.at < cutoff || (i > 0 && byTime(facts[i - 1]!, urge) > 0))) return null;
  return { cutoff, folded, recent: facts };
}
