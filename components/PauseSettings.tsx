import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { updateSettings } from '../platform/storage/settings';
import { COOLING_OFF_CHOICES_HOURS, type PendingChange, pendingSetting, splitSettingsChange } from '../lib/commitment';
import { describeChange, describeHours } from '../lib/describe-change';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { cancelPending, keepSettings, requestWeakening } from '../platform/storage/pending';
import { locale as userLocale, t } from '../platform/i18n';
import { fullMoment, shortMoment } from './moment';
import { PendingNote } from './PendingNote';
import { SaveProblem, useSaving } from './saving';
import { systemClock } from '../lib/clock';

const ALLOWANCE_CHOICES = [1, 2, 5, 10, 15];
const BREATH_CHOICES: readonly (readonly number[])[] = [
  [5, 10, 20, 30],
  [10, 20, 40, 60],
  [20, 40, 60, 90],
  [30, 60, 90, 120],
];
const breathLabel = (steps: readonly number[]) => t('pauseSettings.breathSteps', { first: steps[0] ?? 0, last: steps.at(-1) ?? 0 });
const duration = (hours: number) => describeHours(t, hours);
// Pending changes name no profile or person here.
const NO_NAMES = { profile: (key: string) => key, person: (id: string) => id };

type Control = HTMLInputElement | HTMLSelectElement;
type Field = 'strict' | 'allowanceMinutes' | 'breathSteps' | 'coolingOffHours';

interface Props {
  readonly settings: ReadonlySignal<Settings | null>;
  /** The changes waiting out the cooling-off period: each is told beside its own control. */
  readonly pending?: readonly PendingChange[];
  /** Nothing is listed yet: nothing to protect, so changes apply at once and there is nothing to pause. */
  readonly instant?: boolean;
  readonly locale?: string;
}

/** How the pause behaves: strict mode, the allowance after Continue, the breath, and the cooling-off period. */
export function PauseSettings({ settings: stored, pending = [], instant = false, locale = userLocale }: Props) {
  const [notice, setNotice] = useState('');
  const { problem, attempt } = useSaving();
  // A write that fails draws the controls again from what is stored.
  const [, redraw] = useState(0);
  const strictControl = useRef<HTMLInputElement>(null);
  const allowanceControl = useRef<HTMLSelectElement>(null);
  const breathControl = useRef<HTMLSelectElement>(null);
  const coolingOffControl = useRef<HTMLSelectElement>(null);
  const controls: Record<Field, { readonly current: Control | null }> = {
    strict: strictControl,
    allowanceMinutes: allowanceControl,
    breathSteps: breathControl,
    coolingOffHours: coolingOffControl,
  };
  const settings = stored.value;
  if (settings === null) return null;
  const short = shortMoment(locale);
  const full = fullMoment(locale);

  // Tightening applies now; loosening waits out the cooling-off period (see commitment.ts).
  const change = (patch: Partial<Settings>, control: Control) => {
    const { now, later } = instant ? { now: patch, later: {} } : splitSettingsChange(settings, patch);
    const nowFields = Object.keys(now) as (keyof Settings)[];
    if (nowFields.length > 0) {
      void attempt(async () => {
        await updateSettings((current) => ({ ...current, ...now }));
        // The latest choice wins: a setting chosen now leaves no loosening of it waiting.
        if (nowFields.some((field) => pendingSetting(pending, field) !== undefined)) await keepSettings(nowFields);
      }).then((kept) => kept || redraw((n) => n + 1));
    }
    if (Object.keys(later).length > 0) {
      // Until a loosening takes effect, the control shows what is in force.
      showInForce(control, settings, Object.keys(later)[0] as Field);
      void (async () => {
        const asked: { change?: PendingChange } = {};
        await attempt(async () => (asked.change = await requestWeakening({ kind: 'settings', patch: later })));
        if (asked.change !== undefined) setNotice(t('loosening.waits', { change: describeChange(t, asked.change, NO_NAMES, full.format(asked.change.effectiveAt)) }));
      })();
    }
  };
  const keep = (field: Field) =>
    void attempt(() => keepSettings([field])).then((kept) => {
      if (!kept) return;
      setNotice(t('loosening.kept'));
      // The note and its button go: the focus goes back to the control they were about.
      controls[field].current?.focus();
    });

  const breathKey = settings.breathSteps.join(',');
  const breathOptions = BREATH_CHOICES.some((steps) => steps.join(',') === breathKey) ? BREATH_CHOICES : [...BREATH_CHOICES, settings.breathSteps];

  // What waits for each setting, if it differs from what is in force.
  const waits = <F extends Field>(field: F) => {
    const found = pendingSetting(pending, field);
    return found === undefined || JSON.stringify(found.value) === JSON.stringify(settings[field]) ? undefined : found;
  };
  const strictWaits = waits('strict');
  const allowanceWaits = waits('allowanceMinutes');
  const breathWaits = waits('breathSteps');
  const coolingOffWaits = waits('coolingOffHours');
  const at = (found: { change: PendingChange }) => short.format(found.change.effectiveAt);
  const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <div class="pause-settings">
      <div class="field checkbox">
        <label>
          <input
            ref={strictControl}
            type="checkbox"
            checked={settings.strict}
            aria-describedby={describedBy('strict-hint', strictWaits !== undefined && 'strict-waits')}
            onChange={(event) => change({ strict: event.currentTarget.checked }, event.currentTarget)}
          />{' '}
          {t('pauseSettings.strict')}
        </label>
        <p id="strict-hint" class="hint">
          {t('pauseSettings.strictHint')}
        </p>
        {strictWaits !== undefined && !strictWaits.value && (
          <PendingNote id="strict-waits" text={t('loosening.strictOff', { when: at(strictWaits) })} keep={t('loosening.keepStrict')} onKeep={() => keep('strict')} />
        )}
      </div>
      <div class="row">
        <div class="field">
          <label for="allowance">{t('pauseSettings.allowance')}</label>
          <select
            id="allowance"
            ref={allowanceControl}
            value={String(settings.allowanceMinutes)}
            aria-describedby={describedBy(allowanceWaits !== undefined && 'allowance-waits')}
            onChange={(event) => change({ allowanceMinutes: Number(event.currentTarget.value) }, event.currentTarget)}
          >
            {[...new Set([...ALLOWANCE_CHOICES, settings.allowanceMinutes])].sort((a, b) => a - b).map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {t('count.minutes', minutes)}
              </option>
            ))}
          </select>
          {allowanceWaits !== undefined && (
            <PendingNote
              id="allowance-waits"
              text={t('loosening.allowance', { minutes: t('count.minutes', allowanceWaits.value), when: at(allowanceWaits) })}
              keep={t('loosening.keepAllowance', { minutes: t('count.minutes', settings.allowanceMinutes) })}
              onKeep={() => keep('allowanceMinutes')}
            />
          )}
        </div>
        <div class="field">
          <label for="breath">{t('pauseSettings.breath')}</label>
          <select
            id="breath"
            ref={breathControl}
            value={breathKey}
            aria-describedby={describedBy('breath-hint', breathWaits !== undefined && 'breath-waits')}
            onChange={(event) => change({ breathSteps: event.currentTarget.value.split(',').map(Number) }, event.currentTarget)}
          >
            {breathOptions.map((steps) => (
              <option key={steps.join(',')} value={steps.join(',')}>
                {steps.join(',') === DEFAULT_SETTINGS.breathSteps.join(',') ? t('pauseSettings.breathDefault', { breath: breathLabel(steps) }) : breathLabel(steps)}
              </option>
            ))}
          </select>
          <p id="breath-hint" class="hint">
            {t('pauseSettings.breathHint')}
          </p>
          {breathWaits !== undefined && (
            <PendingNote
              id="breath-waits"
              text={t('loosening.breath', { breath: breathLabel(breathWaits.value), when: at(breathWaits) })}
              keep={t('loosening.keepBreath')}
              onKeep={() => keep('breathSteps')}
            />
          )}
        </div>
        <div class="field">
          <label for="cooling-off">{t('pauseSettings.coolingOff')}</label>
          <select
            id="cooling-off"
            ref={coolingOffControl}
            value={String(settings.coolingOffHours)}
            aria-describedby={describedBy(coolingOffWaits !== undefined && 'cooling-off-waits')}
            onChange={(event) => change({ coolingOffHours: Number(event.currentTarget.value) }, event.currentTarget)}
          >
            {[...new Set([...COOLING_OFF_CHOICES_HOURS, settings.coolingOffHours])].sort((a, b) => a - b).map((choice) => (
              <option key={choice} value={String(choice)}>
                {duration(choice)}
              </option>
            ))}
          </select>
          {coolingOffWaits !== undefined && (
            <PendingNote
              id="cooling-off-waits"
              text={t('loosening.coolingOff', { duration: duration(coolingOffWaits.value), when: at(coolingOffWaits) })}
              keep={t('loosening.keepCoolingOff', { duration: duration(settings.coolingOffHours) })}
              onKeep={() => keep('coolingOffHours')}
            />
          )}
        </div>
      </div>
      <p role="status" class="hint">
        {notice}
      </p>
      <SaveProblem problem={problem} />
      {/* Nothing listed yet: there is nothing to pause. */}
      {!instant && <PauseProtection settings={settings} pending={pending} locale={locale} announce={setNotice} />}
    </div>
  );
}

/** Puts a control back to the value in force, after the user asked for one that has to wait. */
function showInForce(control: Control, settings: Settings, field: Field): void {
  const value = settings[field];
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
  else control.value = Array.isArray(value) ? value.join(',') : String(value);
}

const PAUSE_CHOICES_HOURS = [1, 4, 24, 72, 168];

interface PauseProps {
  readonly settings: Settings;
  readonly pending: readonly PendingChange[];
  readonly locale: string;
  readonly announce: (text: string) => void;
  readonly now?: number;
}

/**
 * Taking a break from protection: it starts after the cooling-off period, and ends by itself.
 * While it waits, the note takes the place of the request, with a way to keep protection on.
 */
function PauseProtection({ settings, pending, locale, announce, now = systemClock() }: PauseProps) {
  const [hours, setHours] = useState(24);
  const { problem, attempt } = useSaving();
  // Where the focus goes once the part it was on has gone: the note, or the choice again.
  const [focus, setFocus] = useState<'note' | 'choice' | null>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const choice = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const target = focus === 'note' ? note.current : focus === 'choice' ? choice.current : null;
    if (target === null) return;
    target.focus();
    setFocus(null);
  });

  if (settings.pausedUntil !== null && settings.pausedUntil > now) {
    const until = new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(settings.pausedUntil);
    return <p class="note">{t('pauseSettings.pausedUntil', { until })}</p>;
  }
  const waiting = pending.find((change) => change.kind === 'pause-protection');
  if (waiting !== undefined) {
    return (
      <div class="pause-protection">
        <PendingNote
          id="pause-waits"
          noteRef={note}
          text={t('loosening.pause', { duration: duration(waiting.hours), when: shortMoment(locale).format(waiting.effectiveAt) })}
          keep={t('loosening.keepProtection')}
          onKeep={() =>
            void attempt(() => cancelPending(waiting.id)).then((kept) => {
              if (!kept) return;
              announce(t('loosening.kept'));
              setFocus('choice');
            })
          }
        />
        <SaveProblem problem={problem} />
      </div>
    );
  }
  const ask = async () => {
    const asked: { change?: PendingChange } = {};
    await attempt(async () => (asked.change = await requestWeakening({ kind: 'pause-protection', hours })));
    if (asked.change === undefined) return;
    announce(t('loosening.waits', { change: describeChange(t, asked.change, NO_NAMES, fullMoment(locale).format(asked.change.effectiveAt)) }));
    setFocus('note');
  };
  return (
    <div class="row pause-protection">
      <div class="field">
        <label for="pause-hours">{t('pauseSettings.pauseFor')}</label>
        <select id="pause-hours" ref={choice} value={String(hours)} aria-describedby="pause-hint" onChange={(event) => setHours(Number(event.currentTarget.value))}>
          {PAUSE_CHOICES_HOURS.map((choice) => (
            <option key={choice} value={String(choice)}>
              {duration(choice)}
            </option>
          ))}
        </select>
        <p id="pause-hint" class="hint">
          {t('pauseSettings.pauseStarts', { duration: duration(settings.coolingOffHours) })}
        </p>
      </div>
      <div class="field">
        <button type="button" class="pause-button" onClick={() => void ask()}>
          {t('pauseSettings.askToPause')}
        </button>
        <SaveProblem problem={problem} />
      </div>
    </div>
  );
}
