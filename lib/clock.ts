/**
 * The one source of the current time. Everything that stamps or compares time takes a `Clock`
 * (or a `now` read from one) as an argument and falls back to `systemClock`; nothing else reads
 * the system clock (lint forbids `Date.now()` and an argument-less `new Date()` outside this
 * file), so tests pin one clock and no test depends on the day it runs.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/**
 * How far the computer's clock has jumped ahead since a context started, beyond the time that
 * really passed (ms): the clock now, against the clock at the start (`origin`, e.g.
 * `performance.timeOrigin`) plus the time measured by a timer that ignores clock changes
 * (`elapsed`, `performance.now()`). Zero when it kept time, or moved back.
 */
export function clockJump(now: number, origin: number, elapsed: number): number {
  return Math.max(0, now - (origin + elapsed));
}

/** Below this, a difference is a clock keeping time, not a jump. */
export const CLOCK_JUMP_MS = 10 * 60_000;
