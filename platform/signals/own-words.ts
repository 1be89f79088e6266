import { type ReadonlySignal, signal } from '@preact/signals';
import { type OwnWords, readOwnWords } from '../../lib/own-words';
import { ownWordsItem } from '../storage/keys';

/** A read-only mirror of the user's plans and reasons (null until read). */
export function watchOwnWords(): { state: ReadonlySignal<OwnWords | null>; stop: () => void } {
  const state = signal<OwnWords | null>(null);
  void ownWordsItem.getValue().then((stored) => (state.value = readOwnWords(stored)));
  return { state, stop: ownWordsItem.watch((stored) => (state.value = readOwnWords(stored))) };
}
