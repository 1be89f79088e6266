import type { UrgeFacts } from './urge-history';

/** Ask only about recent looks, and once some time has passed since the user chose to look. */
const ASK_WITHIN_MS = 7 * 86_400_000;
const ASK_AFTER_MS = 2 * 60_000;

/**
 * The look to ask "How do you feel after looking?" about: the most recent continued urge with
 * no answer yet. Asked once: skipping records "skipped", which is an answer too.
 */
export function pendingFeltAfter<T extends UrgeFacts>(urges: readonly T[], now: number): T | null {
  let pending: T | null = null;
  for (const urge of urges) {
    if (urge.outcome !== 'continued' || urge.feltAfter !== null) continue;
    if (urge.at > now - ASK_AFTER_MS || urge.at < now - ASK_WITHIN_MS) continue;
    if (pending === null || urge.at > pending.at) pending = urge;
  }
  return pending;
}
