import { t } from '../platform/i18n';

/** Says, without alarm, that part of the stored data could not be read and was set aside. */
export function StorageProblem({ dropped }: { dropped: number }) {
  if (dropped === 0) return null;
  return (
    <p class="problem" role="note">
      {t('storage.problem', dropped)}
    </p>
  );
}
