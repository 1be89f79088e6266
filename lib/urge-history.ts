import * as v from 'valibot';
import { addDays, calendarDaysBetween, startOfDay } from './calendar';
import { type FeltAfter, isUrge, TRIGGERS, turnedBack, type Urge, URGE_FIELDS } from './urge';

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
 * The stored form. Both pages check the digest before their first frame, and a year of heavy use
 * lists several hundred recent urges: so each is one line of tab-separated fields, checked by one
 * pattern built from the urge's own field schemas (URGE_FIELDS), rather than eight schemas an
 * urge. (With a year of heavy use, 392 recent urges: checked as arrays, 2.5–5 ms in code not yet
 * warmed up; as lines, one schema run each, 1.5 ms in a fresh extension page; all lines in one
 * pass, 0.6 ms.)
 */
// Version 2 counts every urge without a look as turned back; version 3 keeps each urge as a line.
// An older digest is counted again.
const DIGEST_VERSION = 3;
const time = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const oneOf = (options: readonly string[]) => `(?:${options.join('|')})`;
const TRIGGER = oneOf(TRIGGERS);
/** id, at, profile key ('' for none), source, outcome, strength ('' for none), triggers (comma-separated), felt after ('' for none). */
const FACT_LINE = new RegExp(
  `^([^\\t]{1,64})\\t(-?\\d+(?:\\.\\d+)?(?:e[+-]\\d+)?)\\t([^\\t]*)\\t(${oneOf(URGE_FIELDS.source.options)})\\t(${oneOf(URGE_FIELDS.outcome.options)})\\t(10|[1-9])?\\t((?:${TRIGGER}(?:,${TRIGGER}){0,${TRIGGERS.length - 1}})?)\\t(${oneOf(URGE_FIELDS.feltAfter.wrapped.options)})?$`,
);
const factLine = ({ id, at, profileKey, source, outcome, strength, triggers, feltAfter }: UrgeFacts): string =>
  [id, at, profileKey ?? '', source, outcome, strength ?? '', triggers.join(','), feltAfter ?? ''].join('\t');
/** The urge a line lists, read from the line's match of FACT_LINE. */
function factOf([, id, at, profileKey, source, outcome, strength, triggers, feltAfter]: RegExpExecArray): UrgeFacts {
  return {
    id: id!,
    at: Number(at),
    profileKey: profileKey || null,
    source: source as UrgeFacts['source'],
    outcome: outcome as UrgeFacts['outcome'],
    strength: strength === undefined ? null : Number(strength),
    triggers: triggers ? (triggers.split(',') as UrgeFacts['triggers'][number][]) : [],
    feltAfter: (feltAfter ?? null) as UrgeFacts['feltAfter'],
  };
}
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
  recent: v.pipe(
    v.custom<readonly unknown[]>((lines) => Array.isArray(lines), 'not a list'),
    // All lines in one pass, each matched once: a line that is not an urge's refuses the digest,
    // and one that is gives its fields. (One schema run a line cost more than the matching.)
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const facts: UrgeFacts[] = [];
      for (const line of dataset.value) {
        const match = typeof line === 'string' ? FACT_LINE.exec(line) : null;
        const fact = match === null ? null : factOf(match);
        if (fact === null || !Number.isFinite(fact.at)) {
          addIssue({ message: 'not an urge' });
          return NEVER;
        }
        facts.push(fact);
      }
      return facts;
    }),
    // The one field a pattern cannot check: each profile key, once however often it is listed.
    v.check((facts) => [...new Set(facts.map((fact) => fact.profileKey))].every((key) => v.is(URGE_FIELDS.profileKey, key)), 'an unknown profile'),
  ),
});
/** As stored: each recent urge a line (the schema takes any list, and refuses what is not a line). */
type StoredDigest = Omit<v.InferInput<typeof StoredDigest>, 'recent'> & { recent: string[] };

export function storedDigest(history: UrgeHistory): StoredDigest {
  return {
    v: DIGEST_VERSION,
    cutoff: history.cutoff,
    folded: { ...history.folded, answers: [...history.folded.answers] },
    recent: history.recent.map(factLine),
  };
}

/** A stored digest, checked; null for a missing, older or damaged one (it is then rebuilt). */
export function readDigest(stored: unknown): UrgeHistory | null {
  const result = v.safeParse(StoredDigest, stored);
  if (!result.success) return null;
  const { cutoff, folded, recent: facts } = result.output;
  if (facts.some((urge, i) => urge.at < cutoff || (i > 0 && byTime(facts[i - 1]!, urge) > 0))) return null;
  return { cutoff, folded, recent: facts };
}
