import { type ReadonlySignal, signal } from '@preact/signals';
import { DEFAULT_SETTINGS, sanitiseSettings, type Settings, settingsItem } from '../../lib/storage';

/** A read-only mirror of the settings, checked and defaulted, showing `first` until read. */
export function watchSettings(first?: Settings): { state: ReadonlySignal<Settings>; stop: () => void } {
  const state = signal<Settings>(first ?? DEFAULT_SETTINGS);
  const refresh = async () => {
    state.value = sanitiseSettings(await settingsItem.getValue());
  };
  void refresh();
  return { state, stop: settingsItem.watch(() => void refresh()) };
}
