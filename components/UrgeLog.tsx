import { useState } from 'preact/hooks';
import { describeEvent, type LogEvent } from '../lib/log-event';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { TRIGGER_LABELS, type Urge } from '../lib/urge';

interface Props {
  readonly urges: readonly Urge[];
  /** Gaps in protection, listed among the urges at the time they happened. */
  readonly events?: readonly LogEvent[];
  readonly save: (urge: Urge) => Promise<void>;
  readonly locale?: string;
  /** How many to show before "Show more". */
  readonly pageSize?: number;
}

const OUTCOME_TEXT = { 'turned-back': 'Turned back', continued: 'Looked', undecided: 'Undecided' } as const;
const FELT_TEXT = { better: 'felt better after', same: 'felt the same after', worse: 'felt worse after', skipped: '' } as const;

/** Recent urges, newest first; each can take a reflection later. Notes are shown as text. */
export function UrgeLog({ urges, events = [], save, locale, pageSize = 5 }: Props) {
  const [shown, setShown] = useState(pageSize);
  const newest = [...urges.map((urge) => ({ urge })), ...events.map((event) => ({ event }))].sort(
    (a, b) => ('urge' in b ? b.urge.at : b.event.at) - ('urge' in a ? a.urge.at : a.event.at),
  );
  if (newest.length === 0) return <p class="hint">Nothing logged yet. Each pause is logged here, and you can log an urge by hand.</p>;
  return (
    <>
      <ol class="urge-log">
        {newest.slice(0, shown).map((entry) =>
          'urge' in entry ? (
            <UrgeEntry key={entry.urge.id} urge={entry.urge} save={save} locale={locale} />
          ) : (
            <li key={entry.event.id} class="urge event">
              <p class="hint">
                {new Date(entry.event.at).toLocaleString(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' })} ·{' '}
                {describeEvent(entry.event)}
              </p>
            </li>
          ),
        )}
      </ol>
      {newest.length > shown && (
        <button type="button" class="quiet" onClick={() => setShown(shown + pageSize * 4)}>
          Show more ({newest.length - shown} older)
        </button>
      )}
    </>
  );
}

function UrgeEntry({ urge, save, locale }: { urge: Urge; save: Props['save']; locale?: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(urge.reflection);
  const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);
  const when = new Date(urge.at).toLocaleString(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  const details = [
    urge.strength === null ? null : `strength ${urge.strength}`,
    urge.triggers.map((trigger) => TRIGGER_LABELS[trigger].toLowerCase()).join(', ') || null,
    urge.feltAfter === null ? null : FELT_TEXT[urge.feltAfter] || null,
  ].filter((part) => part !== null);
  const fieldId = `reflection-${urge.id}`;
  return (
    <li class="urge">
      <p class="urge-line">
        <span class={`outcome outcome-${urge.outcome}`}>{OUTCOME_TEXT[urge.outcome]}</span> · {when}
        {ref !== null && <> · {describeProfile(ref)}</>}
        {urge.source === 'manual' && ' · logged by hand'}
      </p>
      {details.length > 0 && <p class="hint">{details.join(' · ')}</p>}
      {urge.hopingToFind !== '' && <p class="quote">Hoping to find: {urge.hopingToFind}</p>}
      {urge.reflection !== '' && !editing && <p class="quote">Reflection: {urge.reflection}</p>}
      {editing ? (
        <form
          class="reflection-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save({ ...urge, reflection: draft.trim() });
            setEditing(false);
          }}
        >
          <label for={fieldId}>Your reflection</label>
          <textarea id={fieldId} rows={3} maxLength={2000} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
          <div class="actions">
            <button type="submit" class="primary">
              Save reflection
            </button>
            <button type="button" class="quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" class="quiet small" aria-label={`${urge.reflection === '' ? 'Add a reflection' : 'Edit reflection'} for ${when}`} onClick={() => setEditing(true)}>
          {urge.reflection === '' ? 'Add a reflection' : 'Edit reflection'}
        </button>
      )}
    </li>
  );
}
