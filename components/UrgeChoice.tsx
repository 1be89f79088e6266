import { useRef, useState } from 'preact/hooks';
import { TRIGGER_LABELS, TRIGGERS, type Trigger } from '../lib/urge';
import type { PlainKey } from '../lib/translate';
import { locale, t } from '../platform/i18n';

type Change = { strength?: number | null; triggers?: Trigger[]; hopingToFind?: string };

const STRENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** How strong the urge is, 1 to 10: native radios, so keyboards and screen readers need nothing special. */
export function StrengthScale({ strength, onChange, legend }: { strength: number | null; onChange: (change: Change) => void; legend: PlainKey }) {
  const number = new Intl.NumberFormat(locale);
  return (
    <fieldset class="strength">
      <legend>{t(legend)}</legend>
      <div class="scale">
        {STRENGTHS.map((value) => (
          <label key={value} class="chip">
            <input type="radio" name="strength" value={value} checked={strength === value} onChange={() => onChange({ strength: value })} />
            <span>{number.format(value)}</span>
          </label>
        ))}
      </div>
      <p class="scale-ends" aria-hidden="true">
        <span>{t('choice.barely')}</span>
        <span>{t('choice.overwhelming')}</span>
      </p>
    </fieldset>
  );
}

/** What set the urge off: native checkboxes, more than one may apply. */
export function TriggerChips({ triggers, onChange }: { triggers: readonly Trigger[]; onChange: (change: Change) => void }) {
  return (
    <fieldset class="triggers">
      <legend>{t('choice.trigger')}</legend>
      <div class="chips">
        {TRIGGERS.map((trigger) => (
          <label key={trigger} class="chip">
            <input
              type="checkbox"
              checked={triggers.includes(trigger)}
              onChange={(event) => onChange({ triggers: event.currentTarget.checked ? [...triggers, trigger] : triggers.filter((other) => other !== trigger) })}
            />
            <span>{t(TRIGGER_LABELS[trigger])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * "What are you hoping to find?": behind a small link, so it is there for whoever wants to write,
 * without being one more thing to answer.
 */
export function HopingToFind({ hopingToFind, onChange }: { hopingToFind: string; onChange: (change: Change) => void }) {
  const [open, setOpen] = useState(hopingToFind !== '');
  // Opened by the user: the field takes the focus, so the keyboard is where the writing is.
  const opening = useRef(false);
  if (!open) {
    return (
      <p class="hoping-link">
        <button type="button" class="link" aria-expanded="false" onClick={() => ((opening.current = true), setOpen(true))}>
          {t('choice.hopingLink')}
        </button>
      </p>
    );
  }
  return (
    <div class="field">
      <label for="hoping">{t('choice.hoping')}</label>
      <textarea
        id="hoping"
        rows={2}
        maxLength={2000}
        value={hopingToFind}
        ref={(field) => {
          if (field === null || !opening.current) return;
          opening.current = false;
          field.focus();
        }}
        onInput={(event) => onChange({ hopingToFind: event.currentTarget.value })}
      />
    </div>
  );
}

interface Props {
  readonly strength: number | null;
  readonly triggers: readonly Trigger[];
  readonly hopingToFind: string;
  readonly onChange: (change: Change) => void;
}

/** Logging an urge by hand: how strong it was, what set it off, and a note, all at once. */
export function UrgeChoice({ strength, triggers, hopingToFind, onChange }: Props) {
  return (
    <div class="choice">
      <StrengthScale strength={strength} onChange={onChange} legend={'choice.strengthWas'} />
      <TriggerChips triggers={triggers} onChange={onChange} />
      <div class="field">
        <label for="hoping">{t('choice.hoping')}</label>
        <textarea id="hoping" rows={2} maxLength={2000} value={hopingToFind} onInput={(event) => onChange({ hopingToFind: event.currentTarget.value })} />
      </div>
    </div>
  );
}
