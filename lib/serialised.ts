/**
 * Runs an async task one call at a time, in call order, whatever the previous call's outcome.
 * Rule updates remove and add the same rule ids, so two overlapping updates would fail with
 * "rule id already exists"; two overlapping read-modify-writes would lose one write.
 */
export function serialised<A extends unknown[], T>(task: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const run = () => task(...args);
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  };
}
