import type { Person } from '../lib/people';
import type { PersonSearches } from '../lib/week-searches';
import { t } from '../platform/i18n';
import { personName } from './person-name';

interface Props {
  readonly searches: readonly PersonSearches[];
  readonly people: readonly Person[];
}

/** The weekly summary's searches: whom they were for and how many, never what was typed. */
export function WeekSearches({ searches, people }: Props) {
  return (
    <section class="card" aria-labelledby="searches">
      <h2 id="searches">{t('search.summaryHeading')}</h2>
      {searches.length === 0 ? (
        <p class="hint">{t('search.summaryNoSearches')}</p>
      ) : (
        <ul class="plain">
          {searches.map(({ personId, count }) => {
            const person = people.find((candidate) => candidate.id === personId);
            const urges = t('count.urges', count);
            return (
              <li key={personId ?? ''}>{person === undefined ? t('search.summarySomeone', { urges }) : t('search.summarySearches', { name: personName(person, people), urges })}</li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
