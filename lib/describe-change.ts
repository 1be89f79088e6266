import type { PendingChange } from './commitment';
import type { Settings } from './settings';
import type { Translate } from './translate';

/** A number of hours in words: whole days as days ("2 days"), the rest as hours ("12 hours"). */
export function describeHours(t: Translate, hours: number): string {
  return hours % 24 === 0 ? t('count.days', hours / 24) : t('count.hours', hours);
}

/** A length of time in words, to the nearest unit that reads well: "3 days", "5 hours", "20 minutes". */
export function describeDuration(t: Translate, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return t('count.minutes', minutes);
  const hours = Math.round(minutes / 60);
  return hours < 48 ? t('count.hours', hours) : t('count.days', Math.round(hours / 24));
}

/** A settings change in words: "strict mode off, profiles stay open 10 minutes after “Continue”". */
export function describeSettingsPatch(t: Translate, patch: Partial<Settings>): string {
  const parts: string[] = [];
  if (patch.strict !== undefined) parts.push(t(patch.strict ? 'change.strictOn' : 'change.strictOff'));
  if (patch.allowanceMinutes !== undefined) parts.push(t('change.allowance', { minutes: t('count.minutes', patch.allowanceMinutes) }));
  if (patch.breathSteps?.[0] !== undefined) parts.push(t('change.breath', { seconds: t('count.seconds', patch.breathSteps[0]) }));
  if (patch.coolingOffHours !== undefined) parts.push(t('change.coolingOff', { duration: describeHours(t, patch.coolingOffHours) }));
  return parts.join(', ');
}

/** A pending change in words, given a way to name profiles and people. */
export function describeChange(
  t: Translate,
  change: PendingChange,
  names: { profile: (key: string) => string; person: (id: string) => string },
): string {
  switch (change.kind) {
    case 'remove-profile':
      return t('change.removeProfile', { profile: names.profile(change.key) });
    case 'remove-person':
      return t('change.removePerson', { name: names.person(change.personId) });
    case 'settings':
      return t('change.settings', { changes: describeSettingsPatch(t, change.patch) });
    case 'pause-protection':
      return t('change.pauseProtection', { duration: describeHours(t, change.hours) });
    case 'delete-everything':
      return t('change.deleteEverything');
  }
}
