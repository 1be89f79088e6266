import { useEffect, useState } from 'preact/hooks';
import { addProfile, findOwner, type Person } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { profileKey } from '../lib/profile-url';
import { updatePeople } from '../platform/storage/people';
import { t } from '../platform/i18n';
import { SaveProblem, useSaving } from './saving';
import { systemClock } from '../lib/clock';

interface Props {
  readonly people: readonly Person[];
  readonly tabUrl: Promise<string | undefined>;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** One click to list the profile the current tab shows. Renders nothing on other pages. */
export function AddThisTab({ people, tabUrl, now = systemClock, newId = () => crypto.randomUUID() }: Props) {
  const [key, setKey] = useState<string | null>(null);
  const { problem, attempt } = useSaving();
  useEffect(() => {
    void tabUrl.then((url) => setKey(url === undefined ? null : profileKey(url)));
  }, [tabUrl]);

  const ref = key === null ? null : parseProfileKey(key);
  if (ref === null) return null;
  const label = describeProfile(ref);

  if (findOwner(people, ref.key) !== undefined) {
    return (
      <p class="this-tab" role="status">
        {t('thisTab.listed', { profile: label })}
      </p>
    );
  }
  const add = () =>
    attempt(() =>
      updatePeople((current) => {
        // Joins the most recently added person, or a first person created on the spot.
        const added = addProfile(current, ref.key, { personId: current.at(-1)?.id, now: now(), newId });
        return { people: added.people, result: undefined };
      }),
    );
  return (
    <div class="this-tab">
      <p>{t('thisTab.shows', { profile: label })}</p>
      <button type="button" class="primary" onClick={() => void add()}>
        {t('thisTab.add')}
      </button>
      <SaveProblem problem={problem} />
    </div>
  );
}
