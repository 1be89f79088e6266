/**
 * Whether the user's protection is paused right now, read straight from the stored settings
 * (tolerating any shape) so the navigation guard need not carry the settings module.
 */
export function isProtectionPaused(storedSettings: unknown, now: number): boolean {
  if (storedSettings === null || typeof storedSettings !== 'object') return false;
  const until = (storedSettings as { pausedUntil?: unknown }).pausedUntil;
  return typeof until === 'number' && until > now;
}
