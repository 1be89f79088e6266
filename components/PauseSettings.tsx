import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, sanitiseSettings, type Settings, settingsItem } from '../lib/storage';

const ALLOWANCE_CHOICES = [1, 2, 5, 10, 15];
const BREATH_CHOICES: readonly (readonly number[])[] = [
  [5, 10, 20, 30],
  [10, 20, 40, 60],
  [20, 40, 60, 90],
  [30, 60, 90, 120],
];
const breathLabel = (steps: readonly number[]) => `${steps[0]} s, growing to ${steps.at(-1)} s`;

/** How the pause behaves: strict mode, the allowance after Continue, and the breath. */
export function PauseSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const load = async () => setSettings(sanitiseSettings(await settingsItem.getValue()));
    void load();
    return settingsItem.watch(() => void load());
  }, []);
  if (settings === null) return null;

  const change = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void settingsItem.setValue(next);
  };
  const breathKey = settings.breathSteps.join(',');
  const breathOptions = BREATH_CHOICES.some((steps) => steps.join(',') === breathKey) ? BREATH_CHOICES : [...BREATH_CHOICES, settings.breathSteps];

  return (
    <div class="pause-settings">
      <div class="field checkbox">
        <label>
          <input type="checkbox" checked={settings.strict} onChange={(event) => change({ strict: event.currentTarget.checked })} /> Strict mode
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
      </div>
    </div>
  );
}
