import { readSettings, type Settings } from '../../lib/settings';
import { settingsItem } from './keys';
import { withLock } from './locks';

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

/**
 * Changes the settings: a read-modify-write under a lock shared by every page and the background,
 * so two changes made at once (the options page, the background applying a cooling-off) both
 * stay. Fields this version does not know are kept as they were. Resolves with what was written.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return withLock('settings', async () => {
    const stored = await settingsItem.getValue();
    const next = change(readSettings(stored));
    const kept = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
    await settingsItem.setValue({ ...kept, ...next });
    return next;
  });
}

/** Calls `listener` with the settings, read afresh, whenever any page changes them. */
export function watchStoredSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => listener(readSettings(stored)));
}
