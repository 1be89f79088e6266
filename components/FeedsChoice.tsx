import { useEffect, useState } from 'preact/hooks';
import type { PendingChange } from '../lib/commitment';
import { type LearnedIds, readLearnedIds } from '../lib/learned-ids';
import { type Person, setHideInFeeds } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { t } from '../platform/i18n';
import { learnedIdsItem } from '../platform/storage/keys';
import { cancelPending, requestWeakening } from '../platform/storage/pending';
import { updatePeople } from '../platform/storage/people';

interface Props {
  readonly person: Person;
  readonly name: string;
  readonly pending: readonly PendingChange[];
  readonly when: Intl.DateTimeFormat;
  readonly attempt: (write: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * "Keep them out of my feeds", in a person's section: turning it on is instant; turning it off
 * loosens protection and waits out the cooling-off (shown here, with a way to keep it on). Below
 * it, the ids a page showed beside their handle, remembered to recognise them where a feed names
 * only the id (kept on this device).
 */
export function FeedsChoice({ person, name, pending, when, attempt }: Props) {
  const id = `feeds-${person.id}`;
  const waiting = pending.find((change) => change.kind === 'feeds-off' && change.personId === person.id);
  const on = person.hideInFeeds === true;
  const learned = useLearnedIds();
  const ids = person.profiles.flatMap((profile) => learned[profile.key] ?? []);
  return (
    <div class="field checkbox feeds-choice">
      <label>
        <input
          type="checkbox"
          id={id}
          checked={on}
          aria-describedby={`${id}-hint${waiting === undefined ? '' : ` ${id}-waits`}`}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            // Until the cooling-off ends the box shows what is in force.
            event.currentTarget.checked = on;
            if (checked) void attempt(() => updatePeople((people) => ({ people: setHideInFeeds(people, person.id, true), result: undefined })).then(() => waiting && cancelPending(waiting.id)));
            else if (waiting === undefined) void attempt(() => requestWeakening({ kind: 'feeds-off', personId: person.id }));
          }}
        />{' '}
        {t('feeds.choice')}
      </label>
      <p id={`${id}-hint`} class="hint">
        {t('feeds.choiceHint')}
      </p>
      {on && waiting !== undefined && (
        <p id={`${id}-waits`} class="pending-note">
          {t('feeds.offWaits', { when: when.format(waiting.effectiveAt) })}{' '}
          <button type="button" class="quiet small" aria-label={t('feeds.keepOutFor', { name })} onClick={() => void attempt(() => cancelPending(waiting.id))}>
            {t('feeds.keepOut')}
          </button>
        </p>
      )}
      {on && ids.length > 0 && (
        <p class="hint">
          {t('feeds.learned', {
            ids: ids
              .map((key) => {
                const ref = parseProfileKey(key);
                return ref === null ? key : describeProfile(ref);
              })
              .join(', '),
          })}
        </p>
      )}
    </div>
  );
}

/** The ids learned so far, kept in step with storage. */
function useLearnedIds(): LearnedIds {
  const [learned, setLearned] = useState<LearnedIds>({});
  useEffect(() => {
    void learnedIdsItem.getValue().then((stored) => setLearned(readLearnedIds(stored)));
    return learnedIdsItem.watch((stored) => setLearned(readLearnedIds(stored)));
  }, []);
  return learned;
}
