import type { PendingChange } from '../lib/commitment';
import { describeChange } from '../lib/describe-change';
import type { Person } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { locale as userLocale, t } from '../platform/i18n';
import { cancelPending } from '../platform/storage/pending';
import { fullMoment } from './moment';
import { personName } from './person-name';
import { SaveProblem, useSaving } from './saving';

interface Props {
  readonly pending: readonly PendingChange[];
  readonly people: readonly Person[];
  readonly locale?: string;
}

/** Changes that weaken protection, each one sentence with the moment it takes effect, and a way to cancel. */
export function PendingChanges({ pending, people, locale = userLocale }: Props) {
  const { problem, attempt } = useSaving();
  if (pending.length === 0) return null;
  const when = fullMoment(locale);
  const names = {
    profile: (key: string) => {
      const ref = parseProfileKey(key);
      return ref === null ? key : describeProfile(ref);
    },
    person: (id: string) => {
      const person = people.find((candidate) => candidate.id === id);
      return person === undefined ? t('people.somePerson') : personName(person, people);
    },
  };
  return (
    <section class="card pending" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('pending.heading')}</h2>
      <p class="hint">{t('pending.hint')}</p>
      <ul class="plain-list">
        {[...pending]
          .sort((a, b) => a.effectiveAt - b.effectiveAt)
          .map((change) => {
            const text = describeChange(t, change, names, when.format(change.effectiveAt));
            return (
              <li key={change.id} class="pending-change">
                <span>{text}</span>
                <button type="button" class="quiet small" aria-label={t('pending.cancel', { change: text })} onClick={() => void attempt(() => cancelPending(change.id))}>
                  {t('common.cancel')}
                </button>
              </li>
            );
          })}
      </ul>
      <SaveProblem problem={problem} />
    </section>
  );
}
