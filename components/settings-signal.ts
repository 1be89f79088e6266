import { type ReadonlySignal, signal } from '@preact/signals';
import { DEFAULT_SETTINGS, sanitiseSettings, type Settings, settingsItem } from '../lib/storage';

/** A read-only mirror of the settings, checked and defaulted; `first` when already read. */
export function watchSettings(first?: Settings): { state: ReadonlySignal<Settings>; stop: () => void } {
  const state = signal<Settings>(first ?? DEFAULT_SETTINGS);
  const refresh = async () => {
    state.value = sanitiseSettings(await settingsItem.getValue());
  };
  if (first === undefined) void refresh();
  return { state, stop: settingsItem.watch(() => void refresh()) };
}
