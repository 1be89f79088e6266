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
  if (patch.schedules !== undefined) parts.push(t('change.schedules'));
  return parts.join(', ');
}

/**
 * A waiting change as one sentence with the moment it takes effect (`when`, already written in
 * the user's way): "Strict mode turns off on Friday, November 27 at 9:00 PM." A settings change
 * that names several settings gives a sentence for each.
 */
export function describeChange(
  t: Translate,
  change: PendingChange,
  names: { profile: (key: string) => string; person: (id: string) => string },
  when: string,
): string {
  switch (change.kind) {
    case 'remove-profile':
      return t('takesEffect.removeProfile', { profile: names.profile(change.key), when });
    case 'remove-person':
      return t('takesEffect.removePerson', { name: names.person(change.personId), when });
    case 'settings':
      return settingsSentences(t, change.patch, when).join(' ');
    case 'pause-protection':
      return t('takesEffect.pauseProtection', { duration: describeHours(t, change.hours), when });
    case 'delete-everything':
      return t('takesEffect.deleteEverything', { when });
    case 'search-off':
      return t('search.takesEffect.off', { name: names.person(change.personId), when });
    case 'remove-search-term':
      return t('search.takesEffect.removeTerm', { term: change.term, name: names.person(change.personId), when });
    case 'feeds-off':
      return t('feeds.takesEffect', { name: names.person(change.personId), when });
  }
}

function settingsSentences(t: Translate, patch: Partial<Settings>, when: string): string[] {
  const sentences: string[] = [];
  if (patch.strict !== undefined) sentences.push(t(patch.strict ? 'takesEffect.strictOn' : 'takesEffect.strictOff', { when }));
  if (patch.allowanceMinutes !== undefined) sentences.push(t('takesEffect.allowance', { minutes: t('count.minutes', patch.allowanceMinutes), when }));
  if (patch.breathSteps?.[0] !== undefined) sentences.push(t('takesEffect.breath', { seconds: t('count.seconds', patch.breathSteps[0]), when }));
  if (patch.coolingOffHours !== undefined) sentences.push(t('takesEffect.coolingOff', { duration: describeHours(t, patch.coolingOffHours), when }));
  if (patch.schedules !== undefined) sentences.push(t('risky.takesEffect', { when }));
  return sentences;
}
