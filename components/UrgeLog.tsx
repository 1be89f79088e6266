import { useState } from 'preact/hooks';
import type { Letter } from '../lib/letter';
import { describeEvent, type LogEvent } from '../lib/log-event';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import type { PlainKey } from '../lib/translate';
import { type Arrival, type FeltAfter, type Outcome, TRIGGER_LABELS, type Urge } from '../lib/urge';
import { systemClock } from '../lib/clock';
import { relativeWhen } from '../lib/relative-time';
import { locale as userLocale, t } from '../platform/i18n';
import { SaveProblem, useSaving } from './saving';

interface Props {
  readonly urges: readonly Urge[];
  /** Gaps in protection, listed among the urges at the time they happened. */
  readonly events?: readonly LogEvent[];
  /** Letters never sent: moments of wanting contact, listed among the urges. */
  readonly letters?: readonly Letter[];
  readonly removeLetter?: (id: string) => Promise<void>;
  readonly save: (urge: Urge) => Promise<void>;
  /** Deletes an entry at once, notes and all (privacy never waits). */
  readonly remove?: (id: string) => Promise<void>;
  readonly locale?: string;
  /** How many to show before "Show more". */
  readonly pageSize?: number;
  readonly now?: number;
}

// An urge still open on a pause screen is shown as what leaving it would make it: turned back.
const OUTCOME_TEXT: Readonly<Record<Outcome, PlainKey>> = { 'turned-back': 'outcome.turnedBack', continued: 'outcome.looked', undecided: 'outcome.turnedBack', safety: 'outcome.safety' };
const ARRIVAL_TEXT: Readonly<Record<Arrival, PlainKey>> = { 'opened-by-page': 'log.openedByPage', 'outside-link': 'log.outsideLink' };
const FELT_TEXT: Readonly<Record<FeltAfter, PlainKey | null>> = { better: 'log.feltBetter', same: 'log.feltSame', worse: 'log.feltWorse', skipped: null };
const WHEN: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };

type Entry = { urge: Urge } | { event: LogEvent } | { letter: Letter };

/** A letter never sent: its own kind of moment (wanting contact, not looking); read on asking. */
function LetterEntry({ letter, when, remove }: { letter: Letter; when: string; remove: Props['removeLetter'] }) {
  const [open, setOpen] = useState(false);
  const { problem, attempt } = useSaving();
  return (
    <li class="urge letter">
      <p class="urge-line">
        <span class="outcome">{t('letter.logLine')}</span> · {when}
      </p>
      {open && <p class="quote letter-text">{letter.text}</p>}
      <div class="actions">
        <button type="button" class="quiet small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'letter.hide' : 'letter.read')}
        </button>
        {remove !== undefined && (
          <button type="button" class="quiet small" aria-label={t('letter.deleteFor', { when })} onClick={() => void attempt(() => remove(letter.id))}>
            {t('letter.delete')}
          </button>
        )}
      </div>
      <SaveProblem problem={problem} />
    </li>
  );
}

/** Recent urges, newest first; each can take a reflection later. Notes are shown as text. */
export function UrgeLog({ urges, events = [], letters = [], removeLetter, save, remove, locale = userLocale, pageSize = 5, now = systemClock() }: Props) {
  const [shown, setShown] = useState(pageSize);
  const at = (entry: Entry) => ('urge' in entry ? entry.urge.at : 'event' in entry ? entry.event.at : entry.letter.at);
  const newest: Entry[] = [...urges.map((urge) => ({ urge })), ...events.map((event) => ({ event })), ...letters.map((letter) => ({ letter }))].sort((a, b) => at(b) - at(a));
  if (newest.length === 0) return <p class="hint">{t('log.empty')}</p>;
  return (
    <>
      <ol class="urge-log">
        {newest.slice(0, shown).map((entry) =>
          'urge' in entry ? (
            <UrgeEntry key={entry.urge.id} urge={entry.urge} save={save} remove={remove} locale={locale} now={now} />
          ) : 'letter' in entry ? (
            <LetterEntry key={entry.letter.id} letter={entry.letter} remove={removeLetter} when={relativeWhen(entry.letter.at, now, locale, WHEN)} />
          ) : (
            <li key={entry.event.id} class="urge event">
              <p class="hint">
                {relativeWhen(entry.event.at, now, locale, WHEN)} · {describeEvent(t, entry.event)}
              </p>
            </li>
          ),
        )}
      </ol>
      {newest.length > shown && (
        <button type="button" class="quiet" onClick={() => setShown(shown + pageSize * 4)}>
          {t('log.showMore', { count: newest.length - shown })}
        </button>
      )}
    </>
  );
}

function UrgeEntry({ urge, save, remove, locale, now }: { urge: Urge; save: Props['save']; remove: Props['remove']; locale: string; now: number }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(urge.reflection);
  const { problem, attempt } = useSaving();
  const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);
  const when = relativeWhen(urge.at, now, locale, WHEN);
  const felt = urge.feltAfter === null ? null : FELT_TEXT[urge.feltAfter];
  const details = [
    urge.strength === null ? null : t('log.strength', { strength: urge.strength }),
    urge.triggers.map((trigger) => t(TRIGGER_LABELS[trigger]).toLocaleLowerCase(locale)).join(', ') || null,
    felt === null ? null : t(felt),
  ].filter((part) => part !== null);
  const fieldId = `reflection-${urge.id}`;
  return (
    <li class="urge">
      <p class="urge-line">
        <span class={`outcome outcome-${urge.outcome}`}>{t(OUTCOME_TEXT[urge.outcome])}</span> · {when}
        {ref !== null && <> · {describeProfile(ref)}</>}
        {urge.source === 'manual' && <> · {t('log.byHand')}</>}
        {urge.left === true && <> · {t('log.leftThePause')}</>}
        {urge.arrival !== undefined && <> · {t(ARRIVAL_TEXT[urge.arrival])}</>}
      </p>
      {details.length > 0 && <p class="hint">{details.join(' · ')}</p>}
      {urge.hopingToFind !== '' && <p class="quote">{t('log.hoping', { text: urge.hopingToFind })}</p>}
      {urge.reflection !== '' && !editing && <p class="quote">{t('log.reflection', { text: urge.reflection })}</p>}
      {editing ? (
        <form
          class="reflection-form"
          onSubmit={(event) => {
            event.preventDefault();
            // The form stays open with the draft when the write fails.
            void attempt(() => save({ ...urge, reflection: draft.trim() })).then((kept) => kept && setEditing(false));
          }}
        >
          <label for={fieldId}>{t('log.yourReflection')}</label>
          <textarea id={fieldId} rows={3} maxLength={2000} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
          <div class="actions">
            <button type="submit" class="primary">
              {t('log.saveReflection')}
            </button>
            <button type="button" class="quiet" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : confirming && remove !== undefined ? (
        <div class="actions" role="group" aria-label={t('log.deleteFor', { when })}>
          <span class="hint">{t('log.deleteConfirm')}</span>
          <button type="button" class="danger small" onClick={() => void attempt(() => remove(urge.id))}>
            {t('log.deleteNow')}
          </button>
          <button type="button" class="quiet small" ref={(button) => button?.focus()} onClick={() => setConfirming(false)}>
            {t('log.keep')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="quiet small"
            aria-label={t(urge.reflection === '' ? 'log.addReflectionFor' : 'log.editReflectionFor', { when })}
            onClick={() => setEditing(true)}
          >
            {t(urge.reflection === '' ? 'log.addReflection' : 'log.editReflection')}
          </button>
          {remove !== undefined && (
            <button type="button" class="quiet small" aria-label={t('log.deleteFor', { when })} onClick={() => setConfirming(true)}>
              {t('log.delete')}
            </button>
          )}
        </div>
      )}
      <SaveProblem problem={problem} />
    </li>
  );
}
