import { act } from '@testing-library/preact';
import { beforeEach, vi } from 'vitest';
import { pinClock } from '../clock';

/**
 * The pause screen's clock for a test file: pinned at `start` before each test, with the
 * breath's interval timer in the test's hands. `pass` moves the clock and lets the countdown see
 * it; `jump` moves only the clock (a hidden tab, whose timers barely run).
 */
export function pauseClock(start: number): { now: () => number; pass: (seconds: number) => void; jump: (ms: number) => void } {
  let clock = start;
  beforeEach(() => {
    pinClock(start, ['setInterval', 'clearInterval']);
    clock = start;
  });
  return {
    now: () => clock,
    pass: (seconds) =>
      act(() => {
        clock += seconds * 1000;
        vi.advanceTimersByTime(seconds * 1000);
      }),
    jump: (ms) => {
      clock += ms;
    },
  };
}
