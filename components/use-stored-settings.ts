import { useEffect, useState } from 'preact/hooks';
import { readSettings, type Settings } from '../lib/settings';
import { settingsItem } from '../platform/storage/keys';

/**
 * The stored settings for a settings form: null until read, then kept in step with storage.
 * The setter shows a change at once; the form still writes it through `settingsItem`.
 */
export function useStoredSettings(): [Settings | null, (settings: Settings) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const load = async () => setSettings(readSettings(await settingsItem.getValue()));
    void load();
    return settingsItem.watch(() => void load());
  }, []);
  return [settings, setSettings];
}
