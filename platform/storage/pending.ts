import { systemClock } from '../../lib/clock';
import { type ChangeRequest, cancelChange, cancelSettings, type PendingChange, readPending, requestChange, waitingFor } from '../../lib/commitment';
import type { Settings } from '../../lib/settings';
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

/**
 * Asks for a weakening: it waits for the user's cooling-off period, then the background applies
 * it. Resolves with the change as it waits (asked for before, it keeps its first time).
 */
export async function requestWeakening(request: ChangeRequest, now = systemClock()): Promise<PendingChange> {
  const { coolingOffHours } = await loadSettings();
  return updatePending((pending) => {
    const next = requestChange(pending, request, { now, coolingOffHours, id: crypto.randomUUID() });
    return { pending: next, result: waitingFor(next, request)! };
  });
}

export async function cancelPending(id: string): Promise<void> {
  await updatePending((pending) => ({ pending: cancelChange(pending, id), result: undefined }));
}

/** Keeps these settings as they are: no change to them waits any more (others stay asked for). */
export async function keepSettings(fields: readonly (keyof Settings)[]): Promise<void> {
  await updatePending((pending) => ({ pending: cancelSettings(pending, fields), result: undefined }));
}
