import { mustStop, readStopState, type StopState } from '../../lib/must-stop';
import { pausePageHref, readPass, type Via } from '../../lib/pause-request';
import { profileKey } from '../../lib/profile-url';
import { patchHistory } from './history-fallback';
import { hidePage, holdMedia } from './hide-page';
import { systemClock } from '../../lib/clock';

export interface GuardOptions {
  readonly window: Window;
  readonly pausePageUrl: string;
  readonly readStorage: () => Promise<Record<string, unknown>>;
  readonly onStorageChange: (listener: () => void) => void;
  readonly now?: () => number;
}

interface NavigateEventLike extends Event {
  readonly destination: { readonly url: string; readonly sameDocument: boolean };
}

/**
 * Checks the page's first URL and every URL change with `profileKey`. A listed profile without
 * an allowance is hidden in the same task (before the site can paint it), its loading and media
 * are stopped, and the tab moves to the pause page.
 */
export function startGuard({ window, pausePageUrl, readStorage, onStorageChange, now = systemClock }: GuardOptions): { ready: Promise<void> } {
  const { document, location } = window;
  let state: StopState | undefined;
  let pass = '';
  let leaving = false;
  let media: { release: () => void } | undefined;
  let hidden: { show: () => void } | undefined;

  const load = async () => {
    const stored = await readStorage();
    state = readStopState({ people: stored.people, allowances: stored.allowances, settings: stored.settings });
    pass = readPass(stored.pausePass);
  };
  const loaded = load();
  // Whatever changed (an allowance ended, a profile was listed), the page it is on is checked
  // again: a profile left open by "Continue" pauses when its time is up, in every tab.
  onStorageChange(() => void load().then(() => guard(location.href, 'app')));


  const leave = (url: string, via: Via, replace: boolean) => {
    if (leaving) return;
    leaving = true;
    hidden ??= hidePage(document);
    media ??= holdMedia(document);
    const href = pausePageHref(pausePageUrl, url, via, pass);
    // Stop loading and leave from the next task, once the site's own history entry is committed:
    // stopping inside the site's pushState() would abort it, and the pause page would then
    // replace the page before the profile, which "Go back" must return to. The page is already
    // hidden and silent meanwhile.
    window.setTimeout(() => {
      window.stop();
      if (replace) location.replace(href);
      else location.assign(href);
    }, 0);
  };

  /**
   * Stops the page from showing `url` when it is a listed profile. `cancel` (when the navigation
   * can be cancelled) runs first, so the site's URL stays on the page the user came from and
   * "Go back" on the pause page returns there. True when the navigation is being stopped.
   */
  const guard = (url: string, via: Via, cancel?: () => void): boolean => {
    if (leaving) {
      cancel?.();
      return true;
    }
    const key = profileKey(url);
    if (key === null) return false;
    if (state === undefined) {
      // The list is not read yet (the first milliseconds of a page): keep any profile hidden
      // until it is, rather than let a listed one paint.
      hidden ??= hidePage(document);
      media ??= holdMedia(document);
      void loaded.then(() => {
        if (mustStop(key, state!, now())) {
          leave(url, via, true);
          return;
        }
        hidden?.show();
        hidden = undefined;
        media?.release();
        media = undefined;
      });
      return false;
    }
    if (!mustStop(key, state, now())) return false;
    cancel?.();
    leave(url, via, cancel === undefined);
    return true;
  };

  guard(location.href, 'load');

  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation !== undefined) {
    // Fires synchronously inside the site's history.pushState(), before it renders the next
    // view and before the next frame (E2E.md).
    navigation.addEventListener('navigate', (event) => {
      // Our own move to the pause page is no business of the site's: its listeners, which come
      // after this one (registered at document_start, before any of the page's scripts), never
      // hear of it, so they learn neither the pause page's address nor the handle in it, and
      // cannot cancel it. (Firefox fires no navigate event for it at all.)
      if (leaving) {
        event.stopImmediatePropagation();
        return;
      }
      // Not cancelled: Chrome then drops the move to the pause page. The pause page replaces the
      // profile's history entry instead, so "Go back" still returns to where the user was.
      const { destination } = event as NavigateEventLike;
      guard(destination.url, destination.sameDocument ? 'app' : 'load');
    });
  } else {
    // Firefox before the Navigation API: wrap the page's history methods from the content
    // script, and watch back/forward.
    patchHistory(window, (url) => guard(url, 'app', () => undefined));
    window.addEventListener('popstate', () => guard(location.href, 'app'));
  }
  // A page restored from the back/forward cache sends no request and runs no script anew.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) guard(location.href, 'app');
  });
  return { ready: loaded };
}
