import { type ReadonlySignal, signal } from '@preact/signals';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../lib/settings';
import { settingsItem } from '../storage/keys';

/** A read-only mirror of the settings, checked and defaulted, showing `first` until read. */
export function watchSettings(first?: Settings): { state: ReadonlySignal<Settings>; stop: () => void } {
  const state = signal<Settings>(first ?? DEFAULT_SETTINGS);
  const refresh = async () => {
    state.value = readSettings(await settingsItem.getValue());
  };
  void refresh();
  return { state, stop: settingsItem.watch(() => void refresh()) };
}
