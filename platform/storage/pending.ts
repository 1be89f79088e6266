import { systemClock } from '../../lib/clock';
import { type ChangeRequest, cancelChange, type PendingChange, readPending, requestChange } from '../../lib/commitment';
import { pendingChangesItem } from './keys';
import { withLock } from './locks';
import { loadSettings } from './settings';

export async function loadPending(): Promise<PendingChange[]> {
  return readPending(await pendingChangesItem.getValue());
}

/** Read-modify-write of the queue of weakenings, under a lock shared by every page and the background. */
export async function updatePending<T>(change: (pending: PendingChange[]) => { pending: PendingChange[]; result: T }): Promise<T> {
  return withLock('pending', async () => {
    const { pending, result } = change(readPending(await pendingChangesItem.getValue()));
    await pendingChangesItem.setValue(pending);
    return result;
  });
}

/** Asks for a weakening: it waits for the user's cooling-off period, then the background applies it. */
export async function requestWeakening(request: ChangeRequest, now = systemClock()): Promise<void> {
  const { coolingOffHours } = await loadSettings();
  await updatePending((pending) => ({
    pending: requestChange(pending, request, { now, coolingOffHours, id: crypto.randomUUID() }),
    result: undefined,
  }));
}

export async function cancelPending(id: string): Promise<void> {
  await updatePending((pending) => ({ pending: cancelChange(pending, id), result: undefined }));
}
