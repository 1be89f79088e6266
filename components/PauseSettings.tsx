import type { ReadonlySignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { updateSettings } from '../platform/storage/settings';
import { COOLING_OFF_CHOICES_HOURS, splitSettingsChange } from '../lib/commitment';
import { describeHours } from '../lib/describe-change';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { requestWeakening } from '../platform/storage/pending';
import { locale, t } from '../platform/i18n';
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

/** How the pause behaves: strict mode, the allowance after Continue, and the breath. */
export function PauseSettings({ settings: stored, instant = false }: { settings: ReadonlySignal<Settings | null>; instant?: boolean }) {
  const [notice, setNotice] = useState('');
  const { problem, attempt } = useSaving();
  // A write that fails draws the controls again from what is stored.
  const [, redraw] = useState(0);
  const settings = stored.value;
  if (settings === null) return null;

  // Tightening applies now; loosening waits out the cooling-off period (see commitment.ts).
  const change = (patch: Partial<Settings>) => {
    // Nothing listed yet: nothing to protect, so nothing needs to wait.
    const { now, later } = instant ? { now: patch, later: {} } : splitSettingsChange(settings, patch);
    if (Object.keys(now).length > 0) {
      void attempt(() => updateSettings((current) => ({ ...current, ...now }))).then((kept) => kept || redraw((n) => n + 1));
    }
    if (Object.keys(later).length > 0) {
      void attempt(() => requestWeakening({ kind: 'settings', patch: later })).then(
        (kept) => kept && setNotice(t('pauseSettings.loosens', { duration: duration(settings.coolingOffHours) })),
      );
    }
  };
  const breathKey = settings.breathSteps.join(',');
  const breathOptions = BREATH_CHOICES.some((steps) => steps.join(',') === breathKey) ? BREATH_CHOICES : [...BREATH_CHOICES, settings.breathSteps];

  return (
    <div class="pause-settings">
      <div class="field checkbox">
        <label>
          <input
            type="checkbox"
            checked={settings.strict}
            onChange={(event) => {
              const strict = event.currentTarget.checked;
              // Until a loosening takes effect, the control shows what is in force.
              if (!strict && !instant) event.currentTarget.checked = true;
              change({ strict });
            }}
          />{' '}
          {t('pauseSettings.strict')}
        </label>
        <p class="hint">{t('pauseSettings.strictHint')}</p>
      </div>
      <div class="row">
        <div class="field">
          <label for="allowance">{t('pauseSettings.allowance')}</label>
          <select id="allowance" value={String(settings.allowanceMinutes)} onChange={(event) => change({ allowanceMinutes: Number(event.currentTarget.value) })}>
            {[...new Set([...ALLOWANCE_CHOICES, settings.allowanceMinutes])].sort((a, b) => a - b).map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {t('count.minutes', minutes)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="breath">{t('pauseSettings.breath')}</label>
          <select
            id="breath"
            value={breathKey}
            onChange={(event) => change({ breathSteps: event.currentTarget.value.split(',').map(Number) })}
          >
            {breathOptions.map((steps) => (
              <option key={steps.join(',')} value={steps.join(',')}>
                {steps.join(',') === DEFAULT_SETTINGS.breathSteps.join(',') ? t('pauseSettings.breathDefault', { breath: breathLabel(steps) }) : breathLabel(steps)}
              </option>
            ))}
          </select>
          <p class="hint">{t('pauseSettings.breathHint')}</p>
        </div>
        <div class="field">
          <label for="cooling-off">{t('pauseSettings.coolingOff')}</label>
          <select id="cooling-off" value={String(settings.coolingOffHours)} onChange={(event) => change({ coolingOffHours: Number(event.currentTarget.value) })}>
            {[...new Set([...COOLING_OFF_CHOICES_HOURS, settings.coolingOffHours])].sort((a, b) => a - b).map((choice) => (
              <option key={choice} value={String(choice)}>
                {duration(choice)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" class="hint">
        {notice}
      </p>
      <SaveProblem problem={problem} />
      <PauseProtection pausedUntil={settings.pausedUntil} coolingOffHours={settings.coolingOffHours} />
    </div>
  );
}

const PAUSE_CHOICES_HOURS = [1, 4, 24, 72, 168];

/** Taking a break from protection: it starts after the cooling-off period, and ends by itself. */
function PauseProtection({ pausedUntil, coolingOffHours, now = systemClock() }: { pausedUntil: number | null; coolingOffHours: number; now?: number }) {
  const [hours, setHours] = useState(24);
  const [asked, setAsked] = useState(false);
  const { problem, attempt } = useSaving();
  if (pausedUntil !== null && pausedUntil > now) {
    const until = new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(pausedUntil);
    return <p class="note">{t('pauseSettings.pausedUntil', { until })}</p>;
  }
  return (
    <div class="row pause-protection">
      <div class="field">
        <label for="pause-hours">{t('pauseSettings.pauseFor')}</label>
        <select id="pause-hours" value={String(hours)} onChange={(event) => setHours(Number(event.currentTarget.value))}>
          {PAUSE_CHOICES_HOURS.map((choice) => (
            <option key={choice} value={String(choice)}>
              {duration(choice)}
            </option>
          ))}
        </select>
        <p class="hint">{t('pauseSettings.pauseStarts', { duration: duration(coolingOffHours) })}</p>
      </div>
      <div class="field">
        <button type="button" class="pause-button" onClick={() => void attempt(() => requestWeakening({ kind: 'pause-protection', hours })).then(setAsked)}>
          {t('pauseSettings.askToPause')}
        </button>
        {asked && <p role="status" class="hint">{t('pauseSettings.asked')}</p>}
        <SaveProblem problem={problem} />
      </div>
    </div>
  );
}
