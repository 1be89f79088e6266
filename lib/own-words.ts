import * as v from 'valibot';
import type { Translate } from './translate';
import { TRIGGER_LABELS, type Trigger, TRIGGERS } from './urge';

/*
 * The user's own words for the pause: if-then plans ("When I can't sleep, I will put the phone in
 * the kitchen") and reasons ("why I am giving myself space"). Plans made in advance and in one's
 * own words carry further than anything we could write (Gollwitzer & Sheeran 2006, d = 0.65 over
 * 94 studies), so the pause shows the plan that fits the moment above the reflections, and the
 * reasons in turn with them. Neither is protection: both change at once, and go at once.
 */

export const MAX_PLANS = 5;
export const MAX_REASONS = 3;
export const MAX_PLAN_ACTION = 120;
export const MAX_PLAN_WORDS = 120;
export const MAX_REASON = 200;
/** A plan's action short enough to ride on the "Go back" button ("Go back and call Maya"). */
export const SHORT_ACTION = 28;

const hour = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23));
const words = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/** The "When …" of a plan: a trigger from the list, a time of day, or the user's own words. */
const WhenSchema = v.variant('kind', [
  v.object({ kind: v.literal('trigger'), trigger: v.picklist(TRIGGERS) }),
  /** From `from` o'clock up to (not including) `to` o'clock; past midnight when `to` ≤ `from`. */
  v.object({ kind: v.literal('hours'), from: hour, to: hour }),
  v.object({ kind: v.literal('words'), text: words(MAX_PLAN_WORDS) }),
]);
export type PlanWhen = v.InferOutput<typeof WhenSchema>;

const PlanSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  when: WhenSchema,
  /** The "I will …": a short action. */
  then: words(MAX_PLAN_ACTION),
});
export type Plan = v.InferOutput<typeof PlanSchema>;

const ReasonSchema = words(MAX_REASON);

export interface OwnWords {
  readonly plans: readonly Plan[];
  readonly reasons: readonly string[];
}

export const NO_OWN_WORDS: OwnWords = { plans: [], reasons: [] };

/**
 * The stored words, each plan and reason checked on its own: one that cannot be read (an older
 * version, a hand edit) is left out, never the others; past the limits, the first ones are kept.
 */
export function readOwnWords(stored: unknown): OwnWords {
  const record = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const each = <T>(list: unknown, schema: v.GenericSchema<unknown, T>, max: number): T[] =>
    (Array.isArray(list) ? list : []).flatMap((entry) => {
      const result = v.safeParse(schema, entry);
      return result.success ? [result.output] : [];
    }).slice(0, max);
  return { plans: each(record['plans'], PlanSchema, MAX_PLANS), reasons: each(record['reasons'], ReasonSchema, MAX_REASONS) };
}

/** A plan as the user wrote it, checked: null with what is wrong when it cannot be kept. */
export function checkPlan(plan: { id: string; when: unknown; then: string }): { plan: Plan } | { problem: 'no-action' | 'no-when' | 'too-long' } {
  if (plan.then.trim() === '') return { problem: 'no-action' };
  if (plan.then.trim().length > MAX_PLAN_ACTION) return { problem: 'too-long' };
  const result = v.safeParse(PlanSchema, plan);
  return result.success ? { plan: result.output } : { problem: 'no-when' };
}

/** Whether `hour` (0–23) falls in a span from `from` up to `to`, past midnight when `to` ≤ `from`. */
export const inHours = (hourOfDay: number, from: number, to: number): boolean =>
  from < to ? hourOfDay >= from && hourOfDay < to : hourOfDay >= from || hourOfDay < to;

/**
 * The plan that fits the moment: one made for the trigger the user just chose, else one made for
 * this hour, else one in their own words (a plan for any moment). Null when none fits: a plan for
 * another trigger or another time is not shown, since it would speak of a different moment.
 */
export function planFor(plans: readonly Plan[], moment: { readonly triggers: readonly Trigger[]; readonly hour: number }): Plan | null {
  return (
    plans.find((plan) => plan.when.kind === 'trigger' && moment.triggers.includes(plan.when.trigger)) ??
    plans.find((plan) => plan.when.kind === 'hours' && inHours(moment.hour, plan.when.from, plan.when.to)) ??
    plans.find((plan) => plan.when.kind === 'words') ??
    null
  );
}

/** The action to put on "Go back" ("Go back and …"), when it is short enough to read there. */
export function goBackAction(plan: Plan | null): string | null {
  if (plan === null) return null;
  const action = plan.then.trim().replace(/[.!]+$/u, '');
  return action.length <= SHORT_ACTION ? action : null;
}

/**
 * The words shown in turn on the pause: the user's reasons first, then the reflections, one per
 * pause. `turn` counts the pauses (the reflection rotation's own count); a reason comes every
 * other pause while there are reasons, so they stay fresh and the reflections still come.
 */
export function reasonForTurn(reasons: readonly string[], turn: number): string | null {
  if (reasons.length === 0 || turn % 2 !== 0) return null;
  return reasons[(turn / 2) % reasons.length] ?? null;
}

/** An hour of the day as the user's locale writes it: "10 PM", "22". */
export function hourLabel(hourOfDay: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric' }).format(new Date(2024, 0, 1, hourOfDay));
}

/** What a plan is for, in words: “Can’t sleep”, "10 PM – 1 AM", “I want to see what they are doing”. */
export function planWhen(t: Translate, when: PlanWhen, locale: string): string {
  switch (when.kind) {
    case 'trigger':
      return t('plan.quoted', { text: t(TRIGGER_LABELS[when.trigger]) });
    case 'hours':
      return t('plan.hours', { from: hourLabel(when.from, locale), to: hourLabel(when.to, locale) });
    case 'words':
      return t('plan.quoted', { text: when.text });
  }
}
