import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { scheduleAllowanceEnd } from '../../platform/background/allowance-timer';
import { grantAllowance } from '../../lib/allowances';
import { allowancesItem } from '../../platform/storage/keys';
import { pinClock } from './clock';

const start = new Date('2026-11-26T21:00').getTime();
const minute = 60_000;

beforeEach(() => {
  fakeBrowser.reset();
  // The system clock and the timers, both in the test's hands.
  pinClock(start, ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']);
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
});

describe('the background ends an allowance on time', () => {
  it('after its length, even when the computer’s clock was set back a day in between', async () => {
    await allowancesItem.setValue(grantAllowance({}, 'instagram:someex', start, 5));
    await scheduleAllowanceEnd(start);
    // One minute in, the clock jumps back a day; the timer counts real time regardless.
    await vi.advanceTimersByTimeAsync(minute);
    vi.setSystemTime(start + minute - 24 * 60 * minute);
    await vi.advanceTimersByTimeAsync(4 * minute + 100);
    expect(await allowancesItem.getValue()).toEqual({});
  });

  it('keeps the worker awake while one is open, so that its timer runs', async () => {
    const awake = vi.mocked(fakeBrowser.runtime.getPlatformInfo);
    await allowancesItem.setValue(grantAllowance({}, 'instagram:someex', start, 5));
    await scheduleAllowanceEnd(start);
    await vi.advanceTimersByTimeAsync(2 * minute);
    expect(awake.mock.calls.length).toBeGreaterThanOrEqual(5);
    await vi.advanceTimersByTimeAsync(4 * minute);
    await scheduleAllowanceEnd(start + 6 * minute);
    const calls = awake.mock.calls.length;
    await vi.advanceTimersByTimeAsync(2 * minute);
    expect(awake.mock.calls.length).toBe(calls);
  });
});
