import { type ReadonlySignal, signal } from '@preact/signals';
import { browser } from '#imports';
import { type Letter, LETTER_KEY_PREFIX, readLetter } from '../../lib/letter';
import { EVENT_KEY_PREFIX, type LogEvent, readEvent } from '../../lib/log-event';
import { readUrge, type Urge, URGE_KEY_PREFIX } from '../../lib/urge';
import { historyOf, type UrgeHistory } from '../../lib/urge-history';
import { checkDigest, loadDigest, sameDigest } from '../storage/urges';

export interface UrgesState {
  /** Whether every urge has been read (the log lists them all). */
  readonly loaded: boolean;
  /** Oldest first. */
  readonly urges: readonly Urge[];
  /** Stored urges that could not be read. */
  readonly dropped: number;
  /** Gaps in protection, shown in the log beside the urges. */
  readonly events: readonly LogEvent[];
  /** Letters never sent, listed in the log as moments of their own. */
  readonly letters: readonly Letter[];
  /**
   * What the figures are computed from: the stored digest as the page opens (when asked for),
   * then every urge once read. Null until one of them is there.
   */
  readonly history: UrgeHistory | null;
}

interface Options {
  /**
   * The urges' digest as the page read it first (null when there was none to use): the figures
   * are shown from it, and every urge is read only after the page has been painted, so the popup
   * opens at once however long the log.
   */
  readonly digest?: UrgeHistory | null;
  /**
   * The digest came from the page copy (platform/storage/page-copy.ts): right after the first
   * frame it is checked against the stored digest, of which it must be an exact copy, and the
   * stored one is shown if they differ.
   */
  readonly fromCopy?: boolean;
}

type Changes = Record<string, { newValue?: unknown }>;

/**
 * A read-only mirror of the logged urges and events (one storage key each). Everything is read
 * once; after that, a change from any page is applied from the change itself (the browser hands
 * over the new value), never by reading the whole log again. Writes go through `saveUrge`.
 */
export function watchUrges(options: Options = {}): { state: ReadonlySignal<UrgesState>; stop: () => void } {
  const state = signal<UrgesState>({ loaded: false, urges: [], dropped: 0, events: [], letters: [], history: options.digest ?? null });
  const urges = new Map<string, Urge>();
  const events = new Map<string, LogEvent>();
  const letters = new Map<string, Letter>();
  const unreadable = new Set<string>();
  let loaded = false;
  // Changes that arrive while the whole log is being read are applied after it.
  const early: Changes[] = [];

  const apply = (changes: Changes) => {
    for (const [key, { newValue }] of Object.entries(changes)) {
      // No new value: the key was removed.
      const removed = newValue === undefined || newValue === null;
      if (key.startsWith(URGE_KEY_PREFIX)) {
        const urge = removed ? null : readUrge(newValue);
        if (urge === null) urges.delete(key);
        else urges.set(key, urge);
        if (!removed && urge === null) unreadable.add(key);
        else unreadable.delete(key);
      } else if (key.startsWith(EVENT_KEY_PREFIX)) {
        const event = removed ? null : readEvent(newValue);
        if (event === null) events.delete(key);
        else events.set(key, event);
      } else if (key.startsWith(LETTER_KEY_PREFIX)) {
        const letter = removed ? null : readLetter(newValue);
        if (letter === null) letters.delete(key);
        else letters.set(key, letter);
      }
    }
  };
  const publish = () => {
    const sorted = [...urges.values()].sort((a, b) => a.at - b.at);
    const byTime = <T extends { at: number }>(a: T, b: T) => a.at - b.at;
    state.value = { loaded: true, urges: sorted, dropped: unreadable.size, events: [...events.values()].sort(byTime), letters: [...letters.values()].sort(byTime), history: historyOf(sorted) };
    return sorted;
  };
  const readAll = async () => {
    const everything = await browser.storage.local.get(null);
    apply(Object.fromEntries(Object.entries(everything).map(([key, newValue]) => [key, { newValue }])));
    for (const changes of early.splice(0)) apply(changes);
    loaded = true;
    return publish();
  };

  const onChanged = (changes: Changes, area: string) => {
    if (area !== 'local' || !Object.keys(changes).some((key) => key.startsWith(URGE_KEY_PREFIX) || key.startsWith(EVENT_KEY_PREFIX) || key.startsWith(LETTER_KEY_PREFIX))) return;
    if (!loaded) early.push(changes);
    else {
      apply(changes);
      publish();
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  if (!('digest' in options)) void readAll();
  else {
    const { digest = null } = options;
    // A digest that missed a save (or none at all) is counted again, for next time.
    const readAllAndCheck = async () => {
      if (options.fromCopy === true && digest !== null) {
        const stored = await loadDigest();
        if (stored !== null && !sameDigest(stored, digest) && !loaded) state.value = { ...state.value, history: stored };
      }
      await checkDigest(digest, await readAll());
    };
    // Reading a year of urges keeps the page busy a while: not before this week is on screen.
    if (digest === null) void readAllAndCheck();
    else afterNextPaint(() => void readAllAndCheck());
  }
  return { state, stop: () => browser.storage.onChanged.removeListener(onChanged) };
}

/**
 * Runs `task` once the next frame has been painted: the frame after it has begun, which the
 * first could not until it was shown (or soon, where frames are not drawn).
 */
function afterNextPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once)));
  setTimeout(once, 250);
}
