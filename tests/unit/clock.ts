import { vi } from 'vitest';

/**
 * The time every unit test starts at: Thursday 26 November 2026, 21:00 in the tests' zone
 * (Europe/Berlin, vitest.config.ts). Tests that need another moment pin their own.
 *
 * `npm test` also runs the suite under faketime, far from today and on the night the clocks
 * change; there `LETTING_GO_TEST_CLOCK=system` makes each test start at the faked system time
 * instead, so a test that silently relies on one particular day fails there.
 */
export const PINNED = new Date('2026-11-26T21:00:00').getTime();

type Faked = 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval';

/**
 * Pins the system clock (`Date`) for this test, ticking on from `at` as real time passes, so
 * stamps taken one after another still follow each other. `alsoFake` hands the named timers to
 * the test too (advance them with `vi.advanceTimersByTime`); the clock then moves only with them.
 */
export function pinClock(at = startTime(), alsoFake: readonly Faked[] = []): void {
  vi.useFakeTimers({ toFake: ['Date', ...alsoFake], now: at, shouldAdvanceTime: alsoFake.length === 0 });
}

function startTime(): number {
  return process.env.LETTING_GO_TEST_CLOCK === 'system' ? vi.getRealSystemTime() : PINNED;
}
