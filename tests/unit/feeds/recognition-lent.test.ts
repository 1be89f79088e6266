import { afterEach, describe, expect, it, vi } from 'vitest';
import { borrowRecognition, lendRecognition, recognitionLent } from '../../../platform/recognition';

/*
 * The feed script borrows the guard's recognition. Firefox may start the feed script before the
 * guard: it then waits for the guard (the page stays held meanwhile), and gives up after a while
 * on a page the guard never runs on, so that the page is not held for ever.
 */
const slots = ['lettingGoRecognition', 'lettingGoRecognitionWanted'];
afterEach(() => {
  for (const slot of slots) delete (globalThis as Record<string, unknown>)[slot];
  vi.useRealTimers();
});

describe('waiting for the guard’s recognition', () => {
  it('goes on at once when the guard has lent it already', async () => {
    lendRecognition();
    await recognitionLent();
    expect(borrowRecognition()?.profileKey('https://x.com/someex')).toBe('x:someex');
  });

  it('waits for a guard that starts later, and goes on as it lends it', async () => {
    vi.useFakeTimers();
    let done = false;
    const waiting = recognitionLent(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
    lendRecognition();
    await waiting;
    expect(borrowRecognition()?.networkOf('https://www.instagram.com/')).toBe('instagram');
  });

  it('gives up after a while when no guard ever comes', async () => {
    vi.useFakeTimers();
    let done = false;
    void recognitionLent(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(borrowRecognition()).toBeUndefined();
  });
});
