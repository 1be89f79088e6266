import { type ReadonlySignal, signal } from '@preact/signals';
import type { PendingChange } from '../../lib/commitment';
import { pendingChangesItem } from '../storage/keys';
import { loadPending } from '../storage/pending';

/** A read-only mirror of the changes waiting out their cooling-off period. */
export function watchPending(): { state: ReadonlySignal<readonly PendingChange[]>; stop: () => void } {
  const state = signal<readonly PendingChange[]>([]);
  const refresh = async () => {
    state.value = await loadPending();
  };
  void refresh();
  return { state, stop: pendingChangesItem.watch(() => void refresh()) };
}
