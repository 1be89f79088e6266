import { type ReadonlySignal, signal } from '@preact/signals';
import { type ChangeRequest, cancelChange, type PendingChange, requestChange, sanitisePending } from '../../lib/commitment';
import { pendingChangesItem, sanitiseSettings, settingsItem, updatePending } from '../../lib/storage';
import { systemClock } from '../../lib/clock';

/** A read-only mirror of the changes waiting out their cooling-off period. */
export function watchPending(): { state: ReadonlySignal<readonly PendingChange[]>; stop: () => void } {
  const state = signal<readonly PendingChange[]>([]);
  const refresh = async () => {
    state.value = sanitisePending(await pendingChangesItem.getValue());
  };
  void refresh();
  return { state, stop: pendingChangesItem.watch(() => void refresh()) };
}

/** Asks for a weakening: it waits for the user's cooling-off period, then the background applies it. */
export async function requestWeakening(request: ChangeRequest, now = systemClock()): Promise<void> {
  const { coolingOffHours } = sanitiseSettings(await settingsItem.getValue());
  await updatePending((pending) => ({
    pending: requestChange(pending, request, { now, coolingOffHours, id: crypto.randomUUID() }),
    result: undefined,
  }));
}

export async function cancelPending(id: string): Promise<void> {
  await updatePending((pending) => ({ pending: cancelChange(pending, id), result: undefined }));
}
