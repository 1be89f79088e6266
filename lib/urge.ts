import * as v from 'valibot';
import { parseProfileKey } from './profile-key';
import type { PlainKey } from './translate';

/** What set the urge off, as the user chose it on the pause screen. */
export const TRIGGERS = ['lonely', 'bored', 'saw-something', 'song-or-memory', 'date', 'alcohol', 'cant-sleep', 'other'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Each trigger's label (locales/*.yml). */
export const TRIGGER_LABELS: Readonly<Record<Trigger, PlainKey>> = {
  lonely: 'trigger.lonely',
  bored: 'trigger.bored',
  'saw-something': 'trigger.sawSomething',
  'song-or-memory': 'trigger.songOrMemory',
  date: 'trigger.date',
  alcohol: 'trigger.alcohol',
  'cant-sleep': 'trigger.cantSleep',
  other: 'trigger.other',
};

/**
 * Turned back, continued (looked), or undecided: a pause still open (or one an older version
 * left when its tab closed). Everything but a look counts as turning back (`turnedBack`), except
 * a safety check ('safety'): the user opened the profile to check for their own safety, which is
 * neither an urge nor a look, and is counted apart.
 */
export type Outcome = 'turned-back' | 'continued' | 'undecided' | 'safety';

/** Whether an urge ended without a look: turned back, or left undecided. */
export const turnedBack = (urge: { readonly outcome: Outcome }): boolean => urge.outcome === 'turned-back' || urge.outcome === 'undecided';

/** Whether this is an urge at all: a safety check is not (see Outcome). */
export const isUrge = (urge: { readonly outcome: Outcome }): boolean => urge.outcome !== 'safety';
export type FeltAfter = 'better' | 'same' | 'worse' | 'skipped';
/**
 * How the urge reached us: a full page load, navigation inside the site, logged by hand, a search
 * for a listed person (then `personId` says whose; the search's words are never kept), or "Show"
 * on something of theirs hidden in a feed.
 */
export const URGE_SOURCES = ['load', 'app', 'manual', 'search', 'feed'] as const;
export type UrgeSource = (typeof URGE_SOURCES)[number];
/**
 * A pause the user did not start themselves: opened by another page's script ('opened-by-page'),
 * or by a link to the pause page that the extension did not write ('outside-link'). Such a pause
 * is logged only once the user takes it up (a choice, a note, Continue).
 */
export const ARRIVALS = ['opened-by-page', 'outside-link'] as const;
export type Arrival = (typeof ARRIVALS)[number];

/** One moment of wanting to look. Stored one per key (`urge:<id>`), so no two saves collide. */
export interface Urge {
  readonly id: string;
  /** When the pause began (ms since the epoch). */
  readonly at: number;
  /** The stopped profile; null for an urge logged by hand without one. */
  readonly profileKey: string | null;
  readonly source: UrgeSource;
  /** 1–10, or null when the user did not say. */
  readonly strength: number | null;
  readonly triggers: readonly Trigger[];
  /** "What are you hoping to find?" */
  readonly hopingToFind: string;
  readonly outcome: Outcome;
  readonly secondsOnScreen: number;
  readonly feltAfter: FeltAfter | null;
  /** A reflection the user added later, from the log. */
  readonly reflection: string;
  /** The reflection text shown on the pause screen (content/reflections.ts id). */
  readonly shownReflection: string | null;
  /** Set when the pause was not one the user started (see ARRIVALS). */
  readonly arrival?: Arrival;
  /** Turned back by leaving the pause (closing its tab, going elsewhere) rather than "Go back". */
  readonly left?: true;
  /** A search's urge: the person searched for (lib/people.ts id). */
  readonly personId?: string;
  /** The user's own if-then plan the pause showed (lib/own-words.ts), as it read then. */
  readonly plan?: { readonly id: string; readonly then: string };
  /** Asked on the next pause (once: the pause after that asks about its own): whether it helped. */
  readonly planHelped?: PlanHelped;
}

export const PLAN_HELPED = ['yes', 'no'] as const;
export type PlanHelped = (typeof PLAN_HELPED)[number];

export const URGE_KEY_PREFIX = 'urge:';
export const MAX_NOTE_LENGTH = 2000;
/** The shape version written with every urge; readers migrate older ones (see `readUrge`). */
export const URGE_VERSION = 1;

const text = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH));
/** Each field of a stored urge, as it must be: the urges' digest checks its facts with these too. */
export const URGE_FIELDS = {
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  at: v.pipe(v.number(), v.finite()),
  profileKey: v.nullable(v.pipe(v.string(), v.check((key) => parseProfileKey(key) !== null))),
  source: v.picklist(URGE_SOURCES),
  strength: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10))),
  triggers: v.pipe(v.array(v.picklist(TRIGGERS)), v.maxLength(TRIGGERS.length)),
  hopingToFind: text,
  outcome: v.picklist(['turned-back', 'continued', 'undecided', 'safety']),
  secondsOnScreen: v.pipe(v.number(), v.finite(), v.minValue(0)),
  feltAfter: v.nullable(v.picklist(['better', 'same', 'worse', 'skipped'])),
  reflection: text,
  shownReflection: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  arrival: v.optional(v.picklist(ARRIVALS)),
  left: v.optional(v.literal(true)),
  personId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  plan: v.optional(v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)), then: v.pipe(v.string(), v.maxLength(200)) })),
  planHelped: v.optional(v.picklist(PLAN_HELPED)),
};
const UrgeSchema = v.object(URGE_FIELDS);

/** A stored urge, checked; null for anything that is not one (never throws). */
export function readUrge(stored: unknown): Urge | null {
  const result = v.safeParse(UrgeSchema, stored);
  return result.success ? result.output : null;
}

/** The stored form: the urge with its shape version. */
export function storedUrge(urge: Urge): Urge & { readonly v: number } {
  return { ...urge, v: URGE_VERSION };
}

/** A new urge as the pause screen opens: undecided until the user chooses. */
export function newUrge(fields: Pick<Urge, 'id' | 'at' | 'profileKey' | 'source'> & Partial<Urge>): Urge {
  return {
    strength: null,
    triggers: [],
    hopingToFind: '',
    outcome: 'undecided',
    secondsOnScreen: 0,
    feltAfter: null,
    reflection: '',
    shownReflection: null,
    ...fields,
  };
}
