import * as v from 'valibot';
import type { Reflection } from '../content/reflections';

/** Which reflections this cycle has shown, and the last one (stored between pauses). */
export interface RotationState {
  readonly seen: readonly string[];
  readonly last?: string;
}

/**
 * Picks the next reflection so the screen never becomes wallpaper: never the same one twice in
 * a row, and every reflection once before any repeats. `random` returns [0, 1) like Math.random.
 */
export function pickReflection(
  all: readonly Reflection[],
  state: RotationState,
  random: () => number,
): { reflection: Reflection; state: RotationState } {
  if (all.length === 0) throw new Error('There are no reflections to show.');
  let candidates: readonly Reflection[] = all.filter((reflection) => !state.seen.includes(reflection.id));
  if (candidates.length === 0) {
    // A new cycle: everything again, except the one just shown.
    candidates = all.length > 1 ? all.filter((reflection) => reflection.id !== state.last) : all;
  }
  const reflection = candidates[Math.min(candidates.length - 1, Math.floor(random() * candidates.length))]!;
  return { reflection, state: markShown(all, state, reflection.id) };
}

/**
 * The rotation once `shown` has been on screen, recorded onto `state` as it is stored now: by the
 * pause page after its first frame (picking waits for no lock; the record does). For a single
 * pause this is the state `pickReflection` gave; when two pauses opened at once, the second
 * record keeps the first's reflection seen too. A reflection already seen in a finished cycle
 * starts the next one, as picking it did.
 */
export function markShown(all: readonly Reflection[], state: RotationState, shown: string): RotationState {
  const known = new Set(all.map((reflection) => reflection.id));
  const seen = state.seen.filter((id) => known.has(id));
  const cycleDone = [...known].every((id) => seen.includes(id));
  if (cycleDone) return { seen: [shown], last: shown };
  return { seen: seen.includes(shown) ? seen : [...seen, shown], last: shown };
}

const RotationSchema = v.object({
  // Whatever ids are readable: one damaged entry does not restart the cycle.
  seen: v.fallback(v.pipe(v.array(v.unknown()), v.transform((ids) => ids.filter((id): id is string => typeof id === 'string'))), []),
  last: v.fallback(v.optional(v.string()), undefined),
});

/** The stored rotation state, or a fresh one when it is missing or of the wrong shape. */
export function readRotation(stored: unknown): RotationState {
  const { seen, last } = v.parse(RotationSchema, stored !== null && typeof stored === 'object' ? stored : {});
  return last === undefined ? { seen } : { seen, last };
}
