/** Whether the user's protection is paused right now (after its cooling-off), from stored settings. */
export function isProtectionPaused(storedSettings: unknown, now: number): boolean {
  if (storedSettings === null || typeof storedSettings !== 'object') return false;
  const until = (storedSettings as { pausedUntil?: unknown }).pausedUntil;
  return typeof until === 'number' && until > now;
}
