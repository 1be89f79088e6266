/**
 * How long the breath lasts on the screen. Urges crest and pass within minutes, and a wait that
 * never changes stops working (people click through out of habit), so each further attempt on
 * the same day waits longer, up to a cap.
 */
export const DEFAULT_BREATH_STEPS: readonly number[] = [10, 20, 40, 60];

/** Seconds of breath for the `attempt`-th pause today (1 for the first). */
export function breathSeconds(attempt: number, steps: readonly number[] = DEFAULT_BREATH_STEPS): number {
  if (steps.length === 0) return 0;
  const index = Math.min(Math.max(1, Math.floor(attempt)) - 1, steps.length - 1);
  return steps[index]!;
}
