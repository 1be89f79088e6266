import * as v from 'valibot';

/**
 * What the background could and could not put in place, for the settings page to say plainly:
 * profiles left without a request rule because the browser's limits were reached (they are
 * still stopped by the navigation guard, as their page starts to load), profiles whose archive
 * and mirror copies got no rule, and a browser that refused the rules altogether.
 */
const RuleStatusSchema = v.object({
  listed: v.pipe(v.number(), v.integer(), v.minValue(0)),
  uncovered: v.array(v.string()),
  uncoveredCopies: v.array(v.string()),
  failed: v.boolean(),
});

export type RuleStatus = v.InferOutput<typeof RuleStatusSchema>;

export const ALL_COVERED: RuleStatus = { listed: 0, uncovered: [], uncoveredCopies: [], failed: false };

/** The stored status; all covered when there is none or it cannot be read. */
export function readRuleStatus(stored: unknown): RuleStatus {
  const result = v.safeParse(RuleStatusSchema, stored);
  return result.success ? result.output : ALL_COVERED;
}
