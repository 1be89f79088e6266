import { type ReadonlySignal, signal } from '@preact/signals';
import type { Person } from '../../lib/people';
import { peopleItem } from '../storage/keys';
import { loadPeople } from '../storage/people';

interface PeopleState {
  readonly loaded: boolean;
  readonly people: readonly Person[];
  /** Stored entries that could not be read (see `sanitisePeople`). */
  readonly dropped: number;
}

/**
 * A read-only mirror of the stored people list. Storage stays the one source of truth: writes go
 * through `updatePeople`, and every page (options, popup) sees them through `watch`.
 */
export function watchPeople(signal_ = signal<PeopleState>({ loaded: false, people: [], dropped: 0 })): {
  state: ReadonlySignal<PeopleState>;
  stop: () => void;
} {
  const refresh = async (): Promise<void> => {
    const { value, dropped } = await loadPeople();
    signal_.value = { loaded: true, people: value, dropped };
  };
  void refresh();
  const stop = peopleItem.watch(() => void refresh());
  return { state: signal_, stop };
}
