/**
 * The one source of the current time. Everything that stamps or compares time takes a `Clock`
 * (or a `now` read from one) as an argument and falls back to `systemClock`; nothing else reads
 * the system clock (lint forbids `Date.now()` and an argument-less `new Date()` outside this
 * file), so tests pin one clock and no test depends on the day it runs.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
