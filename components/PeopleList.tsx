import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cancelChange, type PendingChange } from '../lib/commitment';
import { type ListedProfile, moveProfile, type MoveProfileResult, type Person, RELATIONSHIPS, type Relationship, renamePerson, setRelationship } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { cancelPending, requestWeakening, updatePending } from '../platform/storage/pending';
import { updatePeople } from '../platform/storage/people';
import type { PlainKey } from '../lib/translate';
import { locale as userLocale, t } from '../platform/i18n';
import { shortMoment } from './moment';
import { personName } from './person-name';
import { PersonSearchChoice } from './PersonSearchChoice';
import { SaveProblem, useSaving } from './saving';
import { joinable, NEW_PERSON } from './WhoseProfile';
import { systemClock } from '../lib/clock';
import { FeedsChoice } from './FeedsChoice';

const RELATIONSHIP_LABELS: Readonly<Record<Relationship, PlainKey>> = {
  ex: 'relationship.ex',
  'new-partner': 'relationship.newPartner',
  other: 'relationship.other',
};

interface Props {
  readonly people: readonly Person[];
  readonly pending?: readonly PendingChange[];
  readonly locale?: string;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** A profile just moved, to be given the focus where it now is. */
type Moved = { readonly key: string; readonly personId: string } | null;

interface Shared {
  readonly people: readonly Person[];
  readonly pending: readonly PendingChange[];
  readonly when: Intl.DateTimeFormat;
  readonly moved: Moved;
  readonly focused: () => void;
  readonly move: (key: string, label: string, to: string) => Promise<boolean>;
}

/**
 * The people the user listed and their profiles. Removing one is a weakening: it waits out the
 * cooling-off period, shown here, and can be undone until then. Moving a profile to another
 * person loosens nothing (it stays listed), so it happens at once. Never a link to a profile.
 */
export function PeopleList({ people, pending = [], locale = userLocale, now = systemClock, newId = () => crypto.randomUUID() }: Props) {
  const [moved, setMoved] = useState<Moved>(null);
  const [announcement, setAnnouncement] = useState('');
  if (people.length === 0) {
    return <p class="empty">{t('people.empty')}</p>;
  }

  const move = async (key: string, label: string, to: string): Promise<boolean> => {
    const result = await updatePeople((current) => {
      const outcome = moveProfile(current, key, to === NEW_PERSON ? { id: newId(), now: now() } : to);
      return { people: outcome.people, result: outcome };
    });
    if (result.status !== 'moved') return false;
    // An unnamed person the move left with nothing is gone: nothing of theirs waits any more.
    const { emptied } = result;
    if (emptied !== undefined) {
      await updatePending((waiting) => {
        const removal = waiting.find((change) => change.kind === 'remove-person' && change.personId === emptied);
        return { pending: removal === undefined ? waiting : cancelChange(waiting, removal.id), result: undefined };
      });
    }
    setAnnouncement(movedMessage(label, result));
    setMoved({ key, personId: result.personId });
    return true;
  };
  const shared: Shared = { people, pending, when: shortMoment(locale), moved, focused: () => setMoved(null), move };
  return (
    <>
      <ul class="people" aria-label={t('people.listLabel')}>
        {people.map((person) => (
          <PersonCard key={person.id} person={person} shared={shared} />
        ))}
      </ul>
      <p role="status" class="feedback">
        {announcement}
      </p>
    </>
  );
}

function movedMessage(profile: string, result: Extract<MoveProfileResult, { status: 'moved' }>): string {
  const owner = result.people.find((person) => person.id === result.personId);
  if (owner === undefined || (owner.name === '' && owner.profiles.length === 1)) return t('move.movedNew', { profile });
  return t('move.moved', { profile, name: personName(owner, result.people) });
}

function PersonCard({ person, shared }: { person: Person; shared: Shared }) {
  const { people, pending, when } = shared;
  const name = personName(person, people);
  const [draft, setDraft] = useState(person.name);
  const headingId = `person-${person.id}`;
  const personRemoval = pending.find((change) => change.kind === 'remove-person' && change.personId === person.id);
  const { problem, attempt } = useSaving();

  return (
    <li class="person" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <form
        class="rename"
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(() => updatePeople((people) => ({ people: renamePerson(people, person.id, draft), result: undefined })));
        }}
      >
        <label>
          <span class="visually-hidden">{t('people.nameFor', { name })}</span>
          <input type="text" maxLength={80} placeholder={t('people.namePlaceholder')} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('people.saveName')}</button>
      </form>
      <div class="field inline">
        <label for={`relationship-${person.id}`}>{t('people.relationship')}</label>
        <select
          id={`relationship-${person.id}`}
          value={person.relationship}
          onChange={(event) => {
            const relationship = event.currentTarget.value as Relationship;
            void attempt(() => updatePeople((people) => ({ people: setRelationship(people, person.id, relationship), result: undefined })));
          }}
        >
          {RELATIONSHIPS.map((relationship) => (
            <option key={relationship} value={relationship}>
              {t(RELATIONSHIP_LABELS[relationship])}
            </option>
          ))}
        </select>
      </div>
      {person.profiles.length === 0 ? (
        <p class="empty">{t('people.noProfiles', { name })}</p>
      ) : (
        <ul class="profiles" aria-label={t('people.profilesOf', { name })}>
          {person.profiles.map((profile) => (
            <ProfileRow key={profile.key} profile={profile} owner={person} shared={shared} attempt={attempt} />
          ))}
        </ul>
      )}
      <PersonSearchChoice person={person} people={people} pending={pending} when={when} />
      {person.profiles.length > 0 && <FeedsChoice person={person} name={name} pending={pending} when={when} attempt={attempt} />}
      {personRemoval === undefined ? (
        <button type="button" class="quiet danger" onClick={() => void attempt(() => requestWeakening({ kind: 'remove-person', personId: person.id }))}>
          {t('people.removePerson', { name })}
        </button>
      ) : (
        <p class="pending-note">
          {t('people.personLeaves', { name, when: when.format(personRemoval.effectiveAt) })}{' '}
          <button type="button" class="quiet small" onClick={() => void attempt(() => cancelPending(personRemoval.id))}>
            {t('people.keepPerson', { name })}
          </button>
        </p>
      )}
      <SaveProblem problem={problem} />
    </li>
  );
}

interface RowProps {
  readonly profile: ListedProfile;
  readonly owner: Person;
  readonly shared: Shared;
  readonly attempt: (write: () => Promise<unknown>) => Promise<boolean>;
}

function ProfileRow({ profile, owner, shared, attempt }: RowProps) {
  const { pending, when, moved, focused } = shared;
  const ref = parseProfileKey(profile.key);
  const label = ref === null ? profile.key : describeProfile(ref);
  const removal = pending.find((change) => change.kind === 'remove-profile' && change.key === profile.key);
  const row = useRef<HTMLLIElement>(null);
  // Just moved here: the focus follows the profile to its new place.
  useEffect(() => {
    if (moved?.key !== profile.key || moved.personId !== owner.id) return;
    row.current?.focus();
    focused();
  });

  return (
    <li class="profile" ref={row} tabIndex={-1}>
      <span class="network">{ref?.network.label}</span> <span class="handle">{ref === null ? profile.key : ref.network.display(ref.id)}</span>
      {removal === undefined ? (
        <>
          <MoveProfile profileKey={profile.key} label={label} owner={owner} shared={shared} />
          <button
            type="button"
            class="quiet"
            aria-label={t('people.removeProfile', { profile: label })}
            onClick={() => void attempt(() => requestWeakening({ kind: 'remove-profile', key: profile.key }))}
          >
            {t('common.remove')}
          </button>
        </>
      ) : (
        <>
          <span class="pending-note">{t('people.leaves', { when: when.format(removal.effectiveAt) })}</span>
          <button type="button" class="quiet" aria-label={t('people.keepProfile', { profile: label })} onClick={() => void attempt(() => cancelPending(removal.id))}>
            {t('common.keep')}
          </button>
        </>
      )}
    </li>
  );
}

/**
 * "Move…": to another person, or to someone new. A small form rather than a select that acts on
 * change, as moving through a select's options with the keyboard would move the profile at each.
 */
function MoveProfile({ profileKey, label, owner, shared }: { profileKey: string; label: string; owner: Person; shared: Shared }) {
  const { people, pending } = shared;
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<string | null>(null);
  const { problem, attempt } = useSaving();
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const opened = useRef(false);
  // The focus follows the form: into it when it opens, back to its button when it closes.
  useLayoutEffect(() => {
    if (open) select.current?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current ||= open;
  }, [open]);

  const targets = joinable(people, pending).filter((person) => person.id !== owner.id);
  // An unnamed person's only profile, moved to someone new, would only change who "Someone" is.
  const offerNew = owner.profiles.length > 1 || owner.name !== '';
  if (targets.length === 0 && !offerNew) return null;
  const choice = to ?? targets[0]?.id ?? NEW_PERSON;

  if (!open) {
    return (
      <button ref={opener} type="button" class="quiet" aria-label={t('move.openLabel', { profile: label })} onClick={() => setOpen(true)}>
        {t('move.open')}
      </button>
    );
  }
  return (
    <form
      class="move-profile"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        void attempt(() => shared.move(profileKey, label, choice));
      }}
    >
      <label for={id}>{t('move.to', { profile: label })}</label>
      <select id={id} ref={select} value={choice} onChange={(event) => setTo(event.currentTarget.value)}>
        {targets.map((person) => (
          <option key={person.id} value={person.id}>
            {personName(person, people)}
          </option>
        ))}
        {offerNew && <option value={NEW_PERSON}>{t('whose.someoneNew')}</option>}
      </select>
      <button type="submit">{t('move.confirm')}</button>
      <button type="button" class="quiet" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
      <SaveProblem problem={problem} />
    </form>
  );
}
