import { useEffect, useState } from 'preact/hooks';
import { COOLING_OFF_CHOICES_HOURS, splitSettingsChange } from '../lib/commitment';
import { describeHours } from '../lib/describe-change';
import { DEFAULT_SETTINGS, sanitiseSettings, type Settings, settingsItem } from '../lib/storage';
import { requestWeakening } from './pending-signal';

const ALLOWANCE_CHOICES = [1, 2, 5, 10, 15];
const BREATH_CHOICES: readonly (readonly number[])[] = [
  [5, 10, 20, 30],
  [10, 20, 40, 60],
  [20, 40, 60, 90],
  [30, 60, 90, 120],
];
const breathLabel = (steps: readonly number[]) => `${steps[0]} s, growing to ${steps.at(-1)} s`;

/** How the pause behaves: strict mode, the allowance after Continue, and the breath. */
export function PauseSettings({ instant = false }: { instant?: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const load = async () => setSettings(sanitiseSettings(await settingsItem.getValue()));
    void load();
    return settingsItem.watch(() => void load());
  }, []);
  if (settings === null) return null;

  // Tightening applies now; loosening waits out the cooling-off period (see commitment.ts).
  const change = (patch: Partial<Settings>) => {
    // Nothing listed yet: nothing to protect, so nothing needs to wait.
    const { now, later } = instant ? { now: patch, later: {} } : splitSettingsChange(settings, patch);
    if (Object.keys(now).length > 0) {
      const next = { ...settings, ...now };
      setSettings(next);
      void settingsItem.setValue(next);
    }
    if (Object.keys(later).length > 0) {
      void requestWeakening({ kind: 'settings', patch: later });
      setNotice(`That loosens your protection, so it waits ${describeHours(settings.coolingOffHours)}: see “Waiting to take effect”.`);
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
          Strict mode
        </label>
        <p class="hint">The pause screen offers only “Go back”: listed profiles stay closed.</p>
      </div>
      <div class="row">
        <div class="field">
          <label for="allowance">After “Continue”, the profile stays open for</label>
          <select id="allowance" value={String(settings.allowanceMinutes)} onChange={(event) => change({ allowanceMinutes: Number(event.currentTarget.value) })}>
            {[...new Set([...ALLOWANCE_CHOICES, settings.allowanceMinutes])].sort((a, b) => a - b).map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes} {minutes === 1 ? 'minute' : 'minutes'}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="breath">The breath lasts</label>
          <select
            id="breath"
            value={breathKey}
            onChange={(event) => change({ breathSteps: event.currentTarget.value.split(',').map(Number) })}
          >
            {breathOptions.map((steps) => (
              <option key={steps.join(',')} value={steps.join(',')}>
                {breathLabel(steps)}
                {steps.join(',') === DEFAULT_SETTINGS.breathSteps.join(',') ? ' (default)' : ''}
              </option>
            ))}
          </select>
          <p class="hint">It grows with each pause on the same day: urges crest and pass.</p>
        </div>
        <div class="field">
          <label for="cooling-off">Changes that loosen protection wait</label>
          <select id="cooling-off" value={String(settings.coolingOffHours)} onChange={(event) => change({ coolingOffHours: Number(event.currentTarget.value) })}>
            {[...new Set([...COOLING_OFF_CHOICES_HOURS, settings.coolingOffHours])].sort((a, b) => a - b).map((hours) => (
              <option key={hours} value={String(hours)}>
                {describeHours(hours)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" class="hint">
        {notice}
      </p>
      <PauseProtection pausedUntil={settings.pausedUntil} coolingOffHours={settings.coolingOffHours} />
    </div>
  );
}

const PAUSE_CHOICES_HOURS = [1, 4, 24, 72, 168];

/** Taking a break from protection: it starts after the cooling-off period, and ends by itself. */
function PauseProtection({ pausedUntil, coolingOffHours, now = Date.now() }: { pausedUntil: number | null; coolingOffHours: number; now?: number }) {
  const [hours, setHours] = useState(24);
  const [asked, setAsked] = useState(false);
  if (pausedUntil !== null && pausedUntil > now) {
    const until = new Intl.DateTimeFormat(undefined, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(pausedUntil);
    return <p class="note">Protection is paused until {until}. It comes back by itself.</p>;
  }
  return (
    <div class="row pause-protection">
      <div class="field">
        <label for="pause-hours">Pause protection for</label>
        <select id="pause-hours" value={String(hours)} onChange={(event) => setHours(Number(event.currentTarget.value))}>
          {PAUSE_CHOICES_HOURS.map((choice) => (
            <option key={choice} value={String(choice)}>
              {describeHours(choice)}
            </option>
          ))}
        </select>
        <p class="hint">Starts {describeHours(coolingOffHours)} after you ask, and ends by itself.</p>
      </div>
      <div class="field">
        <button type="button" class="pause-button" onClick={() => void requestWeakening({ kind: 'pause-protection', hours }).then(() => setAsked(true))}>
          Ask to pause
        </button>
        {asked && <p role="status" class="hint">Asked. See “Waiting to take effect”.</p>}
      </div>
    </div>
  );
}
