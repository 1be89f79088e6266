import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/** Chrome's own words when an extension's storage is full (QUOTA_BYTES, 10 MB by default). */
export const QUOTA_MESSAGE = 'Resource::kQuotaBytes quota exceeded';

/**
 * Gives the fake browser's local storage a quota, as Chrome's: a `set` that would take the total
 * (keys and JSON values) past `bytes` fails whole and changes nothing. `fillToQuota` fills it
 * first with a large entry of its own, so that only a few bytes are left.
 */
export function limitStorage(bytes: number): void {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const current = await local.get(null);
    const total = Object.entries({ ...current, ...items }).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value ?? null).length, 0);
    if (total > bytes) throw new Error(QUOTA_MESSAGE);
    await set(items);
  });
}

/** Fills the storage up to `bytes`, leaving `room` free, with one filler entry. */
export async function fillToQuota(bytes = 10 * 1024 * 1024, room = 100): Promise<void> {
  const current = await fakeBrowser.storage.local.get(null);
  const used = Object.entries(current).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value ?? null).length, 0);
  const filler = 'x'.repeat(Math.max(0, bytes - used - room - 'filler'.length - 2));
  await fakeBrowser.storage.local.set({ filler });
  limitStorage(bytes);
}
