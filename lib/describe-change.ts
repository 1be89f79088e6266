import type { PendingChange } from './commitment';
import type { Settings } from './storage';

const hours = (n: number) => (n % 24 === 0 ? `${n / 24} ${n === 24 ? 'day' : 'days'}` : `${n} ${n === 1 ? 'hour' : 'hours'}`);

/** A settings change in words: "strict mode off, allowance 10 minutes". */
export function describeSettingsPatch(patch: Partial<Settings>): string {
  const parts: string[] = [];
  if (patch.strict !== undefined) parts.push(`strict mode ${patch.strict ? 'on' : 'off'}`);
  if (patch.allowanceMinutes !== undefined) parts.push(`profiles stay open ${patch.allowanceMinutes} ${patch.allowanceMinutes === 1 ? 'minute' : 'minutes'} after “Continue”`);
  if (patch.breathSteps !== undefined) parts.push(`the breath starts at ${patch.breathSteps[0]} seconds`);
  if (patch.coolingOffHours !== undefined) parts.push(`changes wait ${hours(patch.coolingOffHours)}`);
  return parts.join(', ');
}

/** A pending change in words, given a way to name profiles and people. */
export function describeChange(change: PendingChange, names: { profile: (key: string) => string; person: (id: string) => string }): string {
  switch (change.kind) {
    case 'remove-profile':
      return `Remove ${names.profile(change.key)}`;
    case 'remove-person':
      return `Remove ${names.person(change.personId)} and their profiles`;
    case 'settings':
      return `Change settings: ${describeSettingsPatch(change.patch)}`;
    case 'pause-protection':
      return `Pause protection for ${hours(change.hours)}`;
    case 'delete-everything':
      return 'Delete all your data';
  }
}

export { hours as describeHours };
