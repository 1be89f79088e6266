import { type ReadonlySignal, signal } from '@preact/signals';
import { browser } from '#imports';
import { EVENT_KEY_PREFIX, type LogEvent } from '../../lib/log-event';
import { loadLog } from '../storage/log';
import { checkDigest } from '../storage/urges';
import { type Urge, URGE_KEY_PREFIX } from '../../lib/urge';
import { historyOf, type UrgeHistory } from '../../lib/urge-history';

export interface UrgesState {
  /** Whether every urge has been read (the log lists them all). */
  readonly loaded: boolean;
  readonly urges: readonly Urge[];
  readonly dropped: number;
  /** Gaps in protection, shown in the log beside the urges. */
  readonly events: readonly LogEvent[];
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
}

/**
 * A read-only mirror of the logged urges (one storage key each), refreshed whenever any of them
 * changes, from any page. Writes go through `saveUrge`.
 */
export function watchUrges(options: Options = {}): { state: ReadonlySignal<UrgesState>; stop: () => void } {
  const state = signal<UrgesState>({ loaded: false, urges: [], dropped: 0, events: [], history: options.digest ?? null });
  const readAll = async () => {
    const { urges: { value, dropped }, events } = await loadLog();
    state.value = { loaded: true, urges: value, dropped, events, history: historyOf(value) };
    return value;
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(URGE_KEY_PREFIX) || key.startsWith(EVENT_KEY_PREFIX))) void readAll();
  };
  browser.storage.onChanged.addListener(onChanged);
  if (!('digest' in options)) void readAll();
  else {
    const { digest = null } = options;
    // A digest that missed a save (or none at all) is counted again, for next time.
    const readAllAndCheck = async () => void (await checkDigest(digest, await readAll()));
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
