import { readAllowances } from '../../lib/allowances';
import { readPass } from '../../lib/pause-pass';
import { mustPauseSearch, searchStopHref } from '../../lib/search-pause';
import { personSearched, type WatchedPerson, watchedPeople } from '../../lib/search-terms';
import { ENGINE_SITES, searchResultsUrl, searchTextOf } from '../../lib/search-urls';
import { hidePage, holdMedia } from '../guard/hide-page';
import { systemClock } from '../../lib/clock';

export interface SearchGuardOptions {
  readonly window: Window;
  /** public/go.html at this session's own address (see entrypoints/guard). */
  readonly goPageUrl: string;
  readonly readStorage: () => Promise<Record<string, unknown>>;
  readonly onStorageChange: (listener: () => void) => void;
  readonly now?: () => number;
}

interface NavigateEventLike extends Event {
  readonly destination: { readonly url: string; readonly sameDocument: boolean };
}

// What a search box is called, in the languages of the supported sites' users.
const SEARCHY = /search|query|keyword|such|busca|cherche|cerca|pesquis|zoek|szuk|sök|поиск|найти|検索|搜索/i;

/**
 * A field the user types a search into: a search field by type or role, or one whose name,
 * label or placeholder says so, or any text field in a search form (on a search engine, any
 * text field at all). Never a message or comment box.
 */
function isSearchField(element: Element, onEngine: boolean): element is HTMLInputElement | HTMLTextAreaElement | HTMLElement {
  const input = element instanceof HTMLInputElement;
  if (input && !['search', 'text', ''].includes(element.getAttribute('type') ?? '')) return false;
  if (!input && !(element instanceof HTMLTextAreaElement) && !(element as HTMLElement).isContentEditable) return false;
  if (onEngine || (input && element.type === 'search')) return true;
  const role = element.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return true;
  const names = ['name', 'id', 'aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? '').join(' ');
  if (SEARCHY.test(names) || /^(?:q|p|text)$/i.test(element.getAttribute('name') ?? '')) return true;
  return element.closest('[role=search],form[action*=search]') !== null;
}

const valueOf = (element: Element): string =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '');

/**
 * The search guard: on the networks and on the search engines the user allowed, from the start
 * of every page, only while someone's searches are paused (registered by the background:
 * platform/background/search-guard-registration.ts). It stops what request rules cannot see or
 * tell apart: a search typed into the page's own search box (stopped as it is submitted, before
 * the page sends it, in the body or the address alike), a search the page shows by changing its
 * address without loading (X, Instagram), and a search address the rules' pre-filter let by.
 * While the watched words stand in a search box, the page does not hear them typed, so it asks
 * for no suggestions for them.
 */
export function startSearchGuard({ window, goPageUrl, readStorage, onStorageChange, now = systemClock }: SearchGuardOptions): { ready: Promise<void> } {
  const { document, location } = window;
  const onEngine = ENGINE_SITES.some((site) => site.host.test(location.hostname.toLowerCase().replace(/\.$/, '')));
  let watched: readonly WatchedPerson[] | undefined;
  let stored: Record<string, unknown> = {};
  let pass = '';
  let leaving = false;

  const load = async () => {
    stored = await readStorage();
    watched = watchedPeople(stored.people);
    pass = readPass(stored.pausePass);
  };
  const loaded = load();
  onStorageChange(() => void load());

  /** The person these words search for, if their searches are paused now. */
  const searched = (text: string): WatchedPerson | null => {
    const state = { allowances: readAllowances(stored.allowances), settings: stored.settings };
    return personSearched(text, (watched ?? []).filter((person) => mustPauseSearch(person.id, state, now())));
  };

  /** Moves to the pause, by way of go.html (which keeps the search's address out of the pause's own). */
  const leave = (person: WatchedPerson, target: string, replace: boolean) => {
    if (leaving) return;
    leaving = true;
    const href = searchStopHref(goPageUrl, target, person.id, pass);
    if (replace) location.replace(href);
    else location.assign(href);
  };

  /** A page showing a search for them: hidden in this task, before it can paint, then left. */
  const leavePage = (url: string) => {
    const text = searchTextOf(url);
    if (text === null) return false;
    if (watched === undefined) {
      // The list is not read yet (the first milliseconds of a page): keep it hidden until it is.
      const hidden = hidePage(document);
      const media = holdMedia(document);
      void loaded.then(() => {
        if (!leavePage(url)) {
          hidden.show();
          media.release();
        }
      });
      return true;
    }
    const person = searched(text);
    if (person === null) return false;
    hidePage(document);
    holdMedia(document);
    window.setTimeout(() => {
      window.stop();
      leave(person, url, true);
    }, 0);
    return true;
  };

  leavePage(location.href);

  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    if (leaving) return;
    const { destination } = event as NavigateEventLike;
    const text = destination.sameDocument ? null : searchTextOf(destination.url);
    const person = text === null ? null : searched(text);
    // A new page that searches for them: it never starts (and "Go back" returns here).
    if (person !== null && event.cancelable) {
      event.preventDefault();
      // From the next task: a move started inside the cancelled navigation's event is dropped.
      window.setTimeout(() => leave(person, destination.url, false), 0);
      return;
    }
    if (destination.sameDocument) leavePage(destination.url);
  });
  window.addEventListener('popstate', () => void leavePage(location.href));

  /** Stops a search typed into the page, as it is sent; true when it was. */
  const stopTyped = (event: Event, field: Element | null): boolean => {
    if (leaving || field === null || !isSearchField(field, onEngine)) return false;
    const text = valueOf(field);
    const person = searched(text);
    if (person === null) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    leave(person, searchResultsUrl(location.href, text) ?? location.href, false);
    return true;
  };
  const typedIn = (event: Event): Element | null => {
    const target = event.composedPath()[0];
    return target instanceof Element ? target : null;
  };
  // At the window, in the capture phase: before any of the page's own listeners.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && !event.isComposing) stopTyped(event, typedIn(event));
    },
    true,
  );
  window.addEventListener(
    'submit',
    (event) => {
      const form = event.target instanceof HTMLFormElement ? event.target : null;
      for (const field of form === null ? [] : [...form.elements]) if (stopTyped(event, field)) return;
    },
    true,
  );
  window.addEventListener(
    'input',
    (event) => {
      const field = typedIn(event);
      if (field !== null && isSearchField(field, onEngine) && searched(valueOf(field)) !== null) event.stopImmediatePropagation();
    },
    true,
  );
  return { ready: loaded };
}
