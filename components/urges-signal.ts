import { type ReadonlySignal, signal } from '@preact/signals';
import { browser } from '#imports';
import { EVENT_KEY_PREFIX, type LogEvent } from '../lib/log-event';
import { loadEvents, loadUrges } from '../lib/storage';
import { type Urge, URGE_KEY_PREFIX } from '../lib/urge';

export interface UrgesState {
  readonly loaded: boolean;
  readonly urges: readonly Urge[];
  readonly dropped: number;
  /** Gaps in protection, shown in the log beside the urges. */
  readonly events: readonly LogEvent[];
}

/**
 * A read-only mirror of the logged urges (one storage key each), refreshed whenever any of them
 * changes, from any page. Writes go through `saveUrge`.
 */
export function watchUrges(): { state: ReadonlySignal<UrgesState>; stop: () => void } {
  const state = signal<UrgesState>({ loaded: false, urges: [], dropped: 0, events: [] });
  const refresh = async () => {
    const [{ value, dropped }, events] = await Promise.all([loadUrges(), loadEvents()]);
    state.value = { loaded: true, urges: value, dropped, events };
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(URGE_KEY_PREFIX) || key.startsWith(EVENT_KEY_PREFIX))) void refresh();
  };
  void refresh();
  browser.storage.onChanged.addListener(onChanged);
  return { state, stop: () => browser.storage.onChanged.removeListener(onChanged) };
}
