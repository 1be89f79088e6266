import { type Reflection, reflections as allReflections } from '../../content/reflections';
import { breathSeconds } from '../../lib/breath';
import { systemClock } from '../../lib/clock';
import { mustStop, readStopState } from '../../lib/must-stop';
import { arrivalOf, type PauseRequest, readPass, readPauseRequest } from '../../lib/pause-request';
import { type PauseStory, pauseStory } from '../../lib/pause-story';
import { pickReflection, readRotation } from '../../lib/reflection-rotation';
import { resolveWeekStart } from '../../lib/resolve-week-start';
import { readSettings, type Settings } from '../../lib/settings';
import { newUrge, type Urge } from '../../lib/urge';
import { type UrgeHistory, usableDigest } from '../../lib/urge-history';
import { readOwnWords, type OwnWords } from '../../lib/own-words';
import { hourOf, pauseAt } from '../../lib/schedule';
import { dayKey } from '../../lib/week-key';
import { storage } from '#imports';
import { allowancesItem, ownWordsItem, pausePassItem, peopleItem, planOfferItem, rotationItem, settingsItem, urgeDigestItem } from '../storage/keys';
import { takeNextReflection } from '../storage/rotation';
import { loadUrge, rebuildDigest } from '../storage/urges';
import { type SearchPause, searchToPause } from './search-pause';

/** Where the pause page was, as it opens: its address, its history entry, its opener. */
export interface PausePageStart {
  readonly href: string;
  /** `history.state`: the urge this history entry already logs, after a reload. */
  readonly historyState: unknown;
  /** The page was reloaded (which also left it for a moment: see PauseScreen's "left"). */
  readonly reloaded?: boolean;
  /** Whether another page's script opened this tab (`window.opener`). */
  readonly hasOpener: boolean;
  /**
   * Opened in a tab the user is not looking at (several opened at once from a list): the
   * reflection is then taken under the rotation's lock, so each such tab shows the next one.
   */
  readonly hidden?: boolean;
  readonly locale: string;
  readonly now?: number;
  readonly random?: () => number;
  readonly reflections?: readonly Reflection[];
  /** `readPauseValues()`, when the page started it before anything else; read now otherwise. */
  readonly values?: Promise<readonly unknown[]>;
}

export type PauseStart =
  /** The address names no listed profile (javascript:, another site, one no longer listed). */
  | { readonly kind: 'nothing-to-open' }
  /**
   * Listed, but not to be stopped now (open under an allowance, or protection paused); for a
   * search, also one that named no one listed after all (`search`: it needs a pass to get by
   * the request rules that stopped it).
   */
  | { readonly kind: 'go-through'; readonly target: string; readonly search?: { readonly stopId: string } }
  | {
      readonly kind: 'pause';
      /** Set for a search: who it was for, and where "Continue" goes. */
      readonly search?: SearchPause;
      readonly request: PauseRequest;
      /** The urge this pause logs, undecided until the user chooses. */
      readonly urge: Urge;
      /** New, and still to be saved (not after a reload). */
      readonly unsaved: boolean;
      readonly reflection: Reflection;
      /** Picked without the rotation's lock: the page records it once drawn (platform/storage/rotation.ts). */
      readonly recordReflection: boolean;
      readonly story: PauseStory;
      readonly breathSeconds: number;
      readonly settings: Settings;
      /** Strict now: always, or in one of the user's scheduled hours. */
      readonly strict: boolean;
      /** The user's plans and reasons. */
      readonly ownWords: OwnWords;
      /** The local hour, for the plan that fits it. */
      readonly hour: number;
      /** The last pause, turned back with a plan shown, whose plan is not yet asked about. */
      readonly askPlanHelped: Urge | null;
      /** No plan yet, and none offered today: the pause offers to write one. */
      readonly offerPlan: boolean;
    };

/** What the pause page draws from, all in one read: the few small values, never the urges themselves. */
const PAUSE_ITEMS = [peopleItem, allowancesItem, settingsItem, urgeDigestItem, pausePassItem, ownWordsItem, planOfferItem, rotationItem] as const;

/**
 * The pause page's one read, which the page starts before anything else it does: the browser
 * reads storage while the page's code is still being run.
 */
export const readPauseValues = async (): Promise<readonly unknown[]> => (await storage.getItems(PAUSE_ITEMS.map((item) => item.key))).map((item) => item.value);

/**
 * The pause page's start-up: read its address, check it against the list, pick the reflection and
 * make the urge it will log. Reads the urges' digest, never every urge: a year of logging must not
 * slow the pause down. Saves nothing (the page is drawn first, and saves after: a save that fails
 * must never leave it blank).
 */
export async function startPause({ href, historyState, reloaded = false, hasOpener, hidden = false, locale, now = systemClock(), random = Math.random, reflections = allReflections, values = readPauseValues() }: PausePageStart): Promise<PauseStart> {
  const search = await searchToPause(href, now);
  if (search?.kind === 'gone') return { kind: 'nothing-to-open' };
  const request = search === null ? readPauseRequest(href) : search.request;
  // A reload keeps the urge of its history entry; a new pause takes the next reflection. One read
  // of the few small values the page needs.
  const entryUrge = (historyState as { urgeId?: unknown } | null)?.urgeId;
  const [people, allowances, storedSettings, storedDigest, storedPass, storedWords, planOffered, rotation] = await values;
  const state = readStopState({ people, allowances, settings: storedSettings });
  const found = search?.kind === 'search' ? search.whose(people, state) : undefined;
  if (found?.kind === 'go-through') return found;
  if (request === null || (found === undefined && !state.listed.has(request.key))) return { kind: 'nothing-to-open' };
  // Continue was chosen in another tab, or protection is paused: nothing to stop here either.
  if (found === undefined && !mustStop(request.key, state, now)) return { kind: 'go-through', target: request.target };

  const settings = readSettings(storedSettings);
  // One urge per pause. Its id lives in this history entry, so a reload logs no second urge,
  // while a new pause (a new entry) logs its own.
  const reused = typeof entryUrge === 'string' ? await loadUrge(entryUrge) : null;
  // Still open, or left only by this reload (leaving turns back, and a reload leaves for a moment).
  const open = reused !== null && (reused.outcome === 'undecided' || (reloaded && reused.left === true));
  const shown = open ? reflections.find((candidate) => candidate.id === reused.shownReflection) : undefined;
  let urge: Urge;
  let reflection: Reflection;
  let recordReflection = false;
  if (reused !== null && shown !== undefined) {
    const { left: _, ...still } = reused;
    [urge, reflection] = [{ ...still, outcome: 'undecided' }, shown];
  } else {
    // In view: picked from this read and recorded by the page once it is drawn. In a background
    // tab: taken under the lock, so tabs opened together each show the next one.
    recordReflection = !hidden;
    reflection = hidden ? await takeNextReflection(reflections, random) : pickReflection(reflections, readRotation(rotation), random).reflection;
    // Only the extension's own rules and guard know the pass; a page opened by another page's
    // script has an opener. Either way, not a visit the user started (see PauseScreen).
    const arrival = arrivalOf(request, readPass(storedPass), hasOpener);
    const subject = found === undefined ? { profileKey: request.key, source: request.via } : ({ profileKey: null, source: 'search', personId: found.search.personId } as const);
    urge = newUrge({ id: crypto.randomUUID(), at: now, ...subject, shownReflection: reflection.id, ...(arrival && { arrival }) });
  }

  const logged = usableDigest(storedDigest, now) ?? (await rebuildDigest());
  const story = pauseStory(logged, now, urge.id, resolveWeekStart(settings.weekStartsOn, locale));
  const ownWords = readOwnWords(storedWords);
  const pause = pauseAt(settings, breathSeconds(story.attemptToday, settings.breathSteps), now);
  return {
    kind: 'pause',
    ...(found && { search: found.search }),
    request,
    urge,
    unsaved: urge.id !== reused?.id || reused.left === true,
    reflection,
    recordReflection,
    story,
    breathSeconds: pause.breathSeconds,
    settings,
    strict: pause.strict,
    ownWords,
    hour: hourOf(now),
    // Asked only while the user keeps plans: one more read, and none when there is nothing to ask.
    askPlanHelped: ownWords.plans.length > 0 ? await planToAskAbout(logged, urge.id, now) : null,
    offerPlan: ownWords.plans.length === 0 && planOffered !== dayKey(now),
  };
}

/**
 * The pause before this one, when it turned back with one of the user's plans shown and nobody
 * has said yet whether the plan helped: asked about once, on this pause (the next one asks
 * about its own). One small read, of that urge alone.
 */
async function planToAskAbout(history: UrgeHistory, currentId: string, now: number): Promise<Urge | null> {
  const previous = history.recent.findLast((facts) => facts.id !== currentId && facts.at <= now && facts.source !== 'manual');
  if (previous === undefined || previous.outcome !== 'turned-back') return null;
  const urge = await loadUrge(previous.id);
  return urge?.plan !== undefined && urge.planHelped === undefined ? urge : null;
}
