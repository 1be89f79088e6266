import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Person } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { newUrge, type Outcome, type Trigger, type Urge } from '../lib/urge';
import { t } from '../platform/i18n';
import { SaveProblem, useSaving } from './saving';
import { UrgeChoice } from './UrgeChoice';
import { systemClock } from '../lib/clock';

interface Props {
  readonly people: readonly Person[];
  readonly save: (urge: Urge) => Promise<void>;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** Log an urge felt away from the browser: it counts like any other. */
export function LogUrgeForm({ people, save, now = systemClock, newId = () => crypto.randomUUID() }: Props) {
  const [open, setOpen] = useState(false);
  const [strength, setStrength] = useState<number | null>(null);
  const [triggers, setTriggers] = useState<Trigger[]>([]);
  const [hopingToFind, setHopingToFind] = useState('');
  const [profileKey, setProfileKey] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('turned-back');
  const [saved, setSaved] = useState(false);
  const { problem, attempt } = useSaving();
  const form = useRef<HTMLFormElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // Focus follows the form: into it when it opens, back to its button when it closes.
  // Before the browser paints, so focus is already in place when the form is shown.
  useLayoutEffect(() => {
    if (open) form.current?.querySelector<HTMLElement>('input')?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current ||= open;
  }, [open]);

  // Always in the page, so screen readers announce the message when it appears.
  const status = (
    <p role="status" class="hint">
      {saved ? t('log.saved') : ''}
    </p>
  );
  if (!open) {
    return (
      <>
        {status}
        <button ref={opener} type="button" onClick={() => (setOpen(true), setSaved(false))}>
          {t('log.logAnUrge')}
        </button>
      </>
    );
  }
  const keys = people.flatMap((person) => person.profiles.map((profile) => profile.key));
  return (
    <>
    {status}
    <form
      ref={form}
      class="log-urge"
      aria-label={t('log.logAnUrge')}
      onSubmit={(event) => {
        event.preventDefault();
        const urge = newUrge({ id: newId(), at: now(), profileKey: profileKey === '' ? null : profileKey, source: 'manual', strength, triggers, hopingToFind, outcome });
        // "Logged" only once it is kept; when the write fails, the form stays as filled in.
        void attempt(() => save(urge)).then((kept) => {
          if (!kept) return;
          setOpen(false);
          setSaved(true);
          setStrength(null);
          setTriggers([]);
          setHopingToFind('');
        });
      }}
    >
      <UrgeChoice
        strength={strength}
        triggers={triggers}
        hopingToFind={hopingToFind}
        onChange={(change) => {
          if (change.strength !== undefined) setStrength(change.strength);
          if (change.triggers !== undefined) setTriggers(change.triggers);
          if (change.hopingToFind !== undefined) setHopingToFind(change.hopingToFind);
        }}
      />
      {keys.length > 0 && (
        <div class="field">
          <label for="log-profile">{t('log.whoseProfile')}</label>
          <select id="log-profile" value={profileKey} onChange={(event) => setProfileKey(event.currentTarget.value)}>
            <option value="">{t('log.noProfile')}</option>
            {keys.map((key) => {
              const ref = parseProfileKey(key);
              return (
                <option key={key} value={key}>
                  {ref === null ? key : describeProfile(ref)}
                </option>
              );
            })}
          </select>
        </div>
      )}
      <fieldset class="outcome-choice">
        <legend>{t('log.didYouLook')}</legend>
        <label>
          <input type="radio" name="outcome" checked={outcome === 'turned-back'} onChange={() => setOutcome('turned-back')} /> {t('log.letItPass')}
        </label>
        <label>
          <input type="radio" name="outcome" checked={outcome === 'continued'} onChange={() => setOutcome('continued')} /> {t('log.looked')}
        </label>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          {t('common.save')}
        </button>
        <button type="button" class="quiet" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
      <SaveProblem problem={problem} />
    </form>
    </>
  );
}
