import { useEffect, useId, useState } from 'preact/hooks';
import type { PendingChange } from '../lib/commitment';
import { describeChange } from '../lib/describe-change';
import type { Person } from '../lib/people';
import { addSearchTerm, canAddTerm, MAX_SEARCH_TERMS, searchOf, setSearch } from '../lib/person-search';
import { SEARCH_ENGINES, type SearchEngine } from '../lib/search-engines';
import { readSearchStatus, type SearchStatus } from '../lib/search-rules';
import { handleOfKey, termOf } from '../lib/search-terms';
import { t } from '../platform/i18n';
import { coveredEngines, onEngineAccessChange, requestEngineAccess } from '../platform/search-access';
import { searchStatusItem } from '../platform/storage/keys';
import { cancelPending, requestWeakening } from '../platform/storage/pending';
import { updatePeople } from '../platform/storage/people';
import { PendingNote } from './PendingNote';
import { personName } from './person-name';
import { SaveProblem, useSaving } from './saving';

interface Props {
  readonly person: Person;
  readonly people: readonly Person[];
  readonly pending: readonly PendingChange[];
  /** How a moment is written beside a control ("Fri, Nov 27, 9:00 PM"). */
  readonly when: Intl.DateTimeFormat;
}

/** Which search engines Letting Go may reach, kept up to date (the user can take access back in the browser). */
function useEngineCoverage(): SearchEngine[] | null {
  const [covered, setCovered] = useState<SearchEngine[] | null>(null);
  useEffect(() => {
    const load = () => void coveredEngines().then(setCovered, () => setCovered([]));
    load();
    return onEngineAccessChange(load);
  }, []);
  return covered;
}

/** What the search rules could not cover (Chrome's limits), kept up to date. */
function useSearchStatus(): SearchStatus {
  const [status, setStatus] = useState<SearchStatus>({ uncovered: 0, failed: false });
  useEffect(() => {
    const load = async () => setStatus(readSearchStatus(await searchStatusItem.getValue()));
    void load();
    return searchStatusItem.watch(() => void load());
  }, []);
  return status;
}

const list = (engines: readonly SearchEngine[]) => engines.map((engine) => engine.label).join(', ');

/**
 * "Pause searches for them", in a person's section of the settings page, with the terms it
 * watches beside it: their name, their handles and the terms the user adds. Turning it on and
 * adding a term are instant; turning it off and removing a term wait out the cooling-off, told
 * beside the control. Turning it on also asks, from that click, for access to the search
 * engines (the networks' own searches need nothing more), and this says which are covered.
 */
export function PersonSearchChoice({ person, people, pending, when }: Props) {
  const id = useId();
  const name = personName(person, people);
  const search = searchOf(person);
  const covered = useEngineCoverage();
  const status = useSearchStatus();
  const { problem, attempt } = useSaving();
  const [draft, setDraft] = useState('');
  const [termProblem, setTermProblem] = useState('');
  const [refused, setRefused] = useState(false);
  const [notice, setNotice] = useState('');
  const offWaits = pending.find((change) => change.kind === 'search-off' && change.personId === person.id);
  const termWaits = (term: string) => pending.find((change) => change.kind === 'remove-search-term' && change.personId === person.id && change.term === term);
  const allCovered = covered !== null && covered.length === SEARCH_ENGINES.length;
  const names = { profile: (key: string) => key, person: () => name };

  const askForEngines = () => {
    // The browser asks only during the user's click: this comes before anything else.
    void requestEngineAccess().then(
      (granted) => setRefused(!granted),
      () => setRefused(true),
    );
  };
  const toggle = (on: boolean) => {
    if (on) {
      if (!allCovered) askForEngines();
      void attempt(async () => {
        await updatePeople((current) => ({ people: setSearch(current, person.id, true), result: undefined }));
        if (offWaits !== undefined) await cancelPending(offWaits.id);
      });
      return;
    }
    void attempt(async () => {
      const change = await requestWeakening({ kind: 'search-off', personId: person.id });
      setNotice(t('loosening.waits', { change: describeChange(t, change, names, when.format(change.effectiveAt)) }));
    });
  };
  const addTerm = (event: Event) => {
    event.preventDefault();
    const verdict = canAddTerm(person, draft);
    if (verdict !== 'added') {
      setTermProblem(verdict === 'empty' ? t('search.termEmpty') : verdict === 'already-there' ? t('search.termAlready') : t('search.termTooMany', { max: MAX_SEARCH_TERMS }));
      return;
    }
    setTermProblem('');
    void attempt(() => updatePeople((current) => ({ people: addSearchTerm(current, person.id, draft), result: undefined }))).then((kept) => kept && setDraft(''));
  };
  const removeTerm = (term: string) =>
    void attempt(async () => {
      const change = await requestWeakening({ kind: 'remove-search-term', personId: person.id, term });
      setNotice(t('loosening.waits', { change: describeChange(t, change, names, when.format(change.effectiveAt)) }));
    });

  const nameTerm = termOf('name', person.name);
  const handles = [...new Set(person.profiles.map((profile) => handleOfKey(profile.key)).filter((handle) => handle !== null && termOf('handle', handle) !== null))];
  const singleName = person.name.trim() !== '' && nameTerm === null && termOf('extra', person.name) !== null;
  const nothing = nameTerm === null && handles.length === 0 && search.terms.length === 0;

  return (
    <div class="person-search">
      <div class="field checkbox">
        <label>
          <input
            type="checkbox"
            checked={search.on}
            aria-describedby={[`${id}-hint`, offWaits !== undefined && `${id}-off`].filter(Boolean).join(' ')}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              // Until turning off takes effect, the box shows what is in force.
              if (!on) event.currentTarget.checked = true;
              toggle(on);
            }}
          />{' '}
          {t('search.choice')}
        </label>
        <p id={`${id}-hint`} class="hint">
          {t('search.choiceHint', { name })}
        </p>
        {offWaits !== undefined && (
          <PendingNote id={`${id}-off`} text={t('search.offLeaves', { name, when: when.format(offWaits.effectiveAt) })} keep={t('search.keepOn', { name })} onKeep={() => void attempt(() => cancelPending(offWaits.id))} />
        )}
      </div>

      <ul class="search-terms" aria-label={t('search.termsOf', { name })}>
        {nameTerm !== null && <li>{t('search.nameTerm', { term: person.name.trim() })}</li>}
        {handles.map((handle) => (
          <li key={handle}>{t('search.handleTerm', { term: `@${handle}` })}</li>
        ))}
        {search.terms.map((term) => {
          const waits = termWaits(term);
          return (
            <li key={term}>
              {term}{' '}
              {waits === undefined ? (
                <button type="button" class="quiet small" onClick={() => removeTerm(term)}>
                  {t('search.removeTerm', { term })}
                </button>
              ) : (
                <PendingNote id={`${id}-${term}`} text={t('search.termLeaves', { when: when.format(waits.effectiveAt) })} keep={t('search.keepTerm', { term })} onKeep={() => void attempt(() => cancelPending(waits.id))} />
              )}
            </li>
          );
        })}
      </ul>
      {singleName && <p class="hint">{t('search.singleName', { name: person.name.trim() })}</p>}
      {nothing && <p class="hint">{t('search.noTerms')}</p>}

      <form class="add-term" onSubmit={addTerm}>
        <label for={`${id}-term`}>{t('search.addTermLabel', { name })}</label>
        <input id={`${id}-term`} type="text" maxLength={80} placeholder={t('search.addTermPlaceholder')} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
        <button type="submit">{t('search.addTerm')}</button>
      </form>
      {termProblem !== '' && (
        <p class="problem" role="alert">
          {termProblem}
        </p>
      )}

      {covered !== null && (search.on || !allCovered) && (
        <div class="engines">
          {search.on && (
            <p>{allCovered ? t('search.enginesCovered', { engines: list(covered) }) : t('search.enginesNotCovered', { engines: list(SEARCH_ENGINES.filter((engine) => !covered.includes(engine))) })}</p>
          )}
          {/* Said before the click that asks, since the browser's own question cannot say why. */}
          {!allCovered && <p class="hint">{t('search.why')}</p>}
          {search.on && !allCovered && (
            <>
              {refused && <p class="hint">{t('search.refused')}</p>}
              <button type="button" onClick={askForEngines}>
                {t('search.allowEngines')}
              </button>
            </>
          )}
        </div>
      )}
      {search.on && (status.failed || status.uncovered > 0) && (
        <div class="note problem-note" role="note">
          {status.failed && <p>{t('search.failed')}</p>}
          {status.uncovered > 0 && <p>{t('search.uncovered', status.uncovered)}</p>}
        </div>
      )}
      <p role="status" class="feedback">
        {notice}
      </p>
      <SaveProblem problem={problem} />
    </div>
  );
}
