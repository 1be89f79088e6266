import { type ReadonlySignal, signal } from '@preact/signals';
import { browser } from '#imports';
import { loadUrges } from '../lib/storage';
import { type Urge, URGE_KEY_PREFIX } from '../lib/urge';

export interface UrgesState {
  readonly loaded: boolean;
  readonly urges: readonly Urge[];
  readonly dropped: number;
}

/**
 * A read-only mirror of the logged urges (one storage key each), refreshed whenever any of them
 * changes, from any page. Writes go through `saveUrge`.
 */
export function watchUrges(): { state: ReadonlySignal<UrgesState>; stop: () => void } {
  const state = signal<UrgesState>({ loaded: false, urges: [], dropped: 0 });
  const refresh = async () => {
    const { value, dropped } = await loadUrges();
    state.value = { loaded: true, urges: value, dropped };
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(URGE_KEY_PREFIX))) void refresh();
  };
  void refresh();
  browser.storage.onChanged.addListener(onChanged);
  return { state, stop: () => browser.storage.onChanged.removeListener(onChanged) };
}
