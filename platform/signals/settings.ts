import { type ReadonlySignal, signal } from '@preact/signals';
import type { Settings } from '../../lib/settings';
import { loadSettings, watchStoredSettings } from '../storage/settings';

/**
 * A read-only mirror of the settings, checked and defaulted: `first` (or null) until they are
 * read, then kept in step with storage. Storage stays the one source of truth: every change goes
 * through `updateSettings` (platform/storage/settings.ts), from any page or the background, and
 * reaches every page's mirror.
 */
export function watchSettings(first: Settings | null = null): { state: ReadonlySignal<Settings | null>; stop: () => void } {
  const state = signal<Settings | null>(first);
  void loadSettings().then((settings) => (state.value = settings));
  return { state, stop: watchStoredSettings((settings) => (state.value = settings)) };
}
