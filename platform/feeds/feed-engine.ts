import { systemClock } from '../../lib/clock';
import { type FeedPerson, type FeedState, readFeedState, type StoredForFeeds } from '../../lib/feed-state';
import { isIdForm } from '../../lib/learned-ids';
import { mustHide } from '../../lib/must-stop';
import { type FeedHook, type FeedTable, PAGE_ID_HOOKS } from '../../lib/networks/feeds';
import type { FeedReport } from '../feed-messages';
import type { Recognition } from '../recognition';
import { containerOf } from './container';
import { hideElement, holdMedia, holdPage, mediaIn, showElement, silence } from './hide-item';

export interface FeedOptions {
  readonly window: Window;
  /** `profileKey` and the networks, as the guard lends them once the list is read (platform/recognition.ts). */
  readonly recognition: () => Recognition | undefined;
  /** Each network's table (lib/networks/feeds.ts). */
  readonly tables: Readonly<Record<string, FeedTable>>;
  readonly readStorage: () => Promise<StoredForFeeds>;
  readonly onStorageChange: (listener: () => void) => void;
  /** Tells the background what was hidden (a count) and learned (platform/feed-messages.ts). */
  readonly report: (report: FeedReport) => void;
  /**
   * The quiet line left where an item was, for `person` (platform/feeds/placeholder.ts), when
   * the setting asks for one; its "Show" goes through the pause.
   */
  readonly placeholder?: (person: FeedPerson, pass: string, recognition: Recognition) => Element;
  /** An element's shadow root, open or closed, where the browser lets an extension see it. */
  readonly shadowRootOf?: (element: Element) => ShadowRoot | null;
  readonly now?: () => number;
  /** Stops it all (the tests' pages; a real page simply goes). */
  readonly signal?: AbortSignal;
}

interface Hidden {
  readonly person: FeedPerson;
  line?: Element | undefined;
}

const LINKS = 'a[href],area[href]';
const OBSERVED = { childList: true, subtree: true, attributes: true };
/** A report of what was hidden waits this long for more to come with it. */
const REPORT_DELAY_MS = 1000;
const MAX_CACHED = 20_000;
const NONE: readonly string[] = [];

/**
 * Keeps a listed person's things out of sight on one network's pages. Every link (and every
 * element a table names as naming someone) in the first HTML and in everything inserted later
 * is read with `profileKey`; what names someone whose "Keep them out of my feeds" is on is hidden
 * with its item (container.ts) in the same task as it was inserted, before the browser can paint
 * it, and its media never plays. Until the list is read (the first milliseconds of a page) the
 * whole page is held hidden instead. Nothing of ours that names anyone goes into the page.
 */
export function startFeeds(options: FeedOptions): { ready: Promise<void> } {
  const { window, report } = options;
  const { document } = window;
  const now = options.now ?? systemClock;
  // Known once the list is read, with the recognition the guard lends.
  let recognition: Recognition;
  let network: string;
  let table: FeedTable;
  let hooks: readonly FeedHook[];
  /** Any of the hooks' elements, as one selector. */
  let hooked: string;
  let items: string;
  let watched: string;
  let state: FeedState | undefined;
  const hidden = new Map<Element, Hidden>();
  const shadows = new WeakSet<ShadowRoot>();
  const cache = new Map<string, string | null>();
  const counted = new Set<string>();
  const taught = new Set<string>();
  let unreported = 0;
  /** Whether the page's own address (the base of its relative links) names someone listed. */
  let hereNamed = false;
  const lookAtHere = () => (hereNamed = state!.mentions(document.baseURI));

  const readUrl = (url: string): string | null => {
    if (!cache.has(url)) {
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(url, recognition.profileKey(url));
    }
    return cache.get(url)!;
  };

  /**
   * The keys `element` names, through its link or a table's hook; `all` skips the first look.
   * Called for every link a feed brings (thousands), so it makes nothing for a link that names
   * no one listed, which is nearly all of them: no array, no closure (`npm run bench`).
   */
  function keysOf(element: Element, all = false): readonly string[] {
    let keys: string[] | undefined;
    // A quick look first, at the link as written: most links on a feed name no one listed, and
    // are passed over without the browser resolving them (a third of the time spent on a link).
    // Resolving adds only what the page's own address holds, so when that names someone, every
    // link is resolved first.
    const written = element.getAttribute('href');
    const href = written !== null && (all || hereNamed || state!.mentions(written)) ? (element as HTMLAnchorElement).href : undefined;
    const linked = typeof href === 'string' && (all || state!.mentions(href)) ? readUrl(href) : null;
    if (linked !== null) keys = [linked];
    // Most elements are plain links that no hook names: one match decides for all of them.
    if (hooks.length === 0 || !element.matches(hooked)) return keys ?? NONE;
    for (const { at, attr, pattern, url } of hooks) {
      const value = !element.matches(at) ? null : attr === undefined ? element.textContent : element.getAttribute(attr);
      const found = value !== null && (all || state!.mentions(value)) ? pattern.exec(value.trim()) : null;
      const named = found === null ? null : readUrl(url.replace('$1', found[1]!));
      if (named !== null) (keys ??= []).push(named);
    }
    return keys ?? NONE;
  }

  const theirs = (listed: string) => (link: Element) => keysOf(link, true).every((key) => state!.keys.get(key)?.listed === listed);
  const itemOf = (element: Element, person: FeedPerson) => containerOf(element, table, items, theirs(person.listed));

  function consider(element: Element): void {
    for (const key of keysOf(element)) {
      const person = state!.keys.get(key);
      if (person === undefined) continue;
      if (person.listed === key && table.learn !== undefined) learnNear(element, key);
      if (mustHide(key, state!, now())) hide(itemOf(element, person), person);
    }
  }

  // The site may rewrite a hidden item's style attribute (React does): hidden it stays.
  const styleWatch = new MutationObserver((records) => records.forEach(({ target }) => hidden.has(target as Element) && hideElement(target as Element)));

  function hide(item: Element, person: FeedPerson): void {
    if (hidden.has(item)) return;
    const entry: Hidden = { person };
    hidden.set(item, entry);
    hideElement(item);
    styleWatch.observe(item, { attributeFilter: ['style'] });
    mediaIn(item).forEach(silence);
    placeLine(item, entry);
    // Counted once per page however often the site draws it again (kept in this page only; the
    // background hears a number, never what it was).
    const seen = `${person.listed} ${item.textContent?.slice(0, 300)}`;
    if (counted.has(seen)) return;
    counted.add(seen);
    if (unreported++ === 0) setTimeout(flush, REPORT_DELAY_MS);
  }
  function flush(): void {
    if (unreported > 0) report({ kind: 'hidden', count: unreported });
    unreported = 0;
  }
  function show(item: Element): void {
    hidden.get(item)?.line?.remove();
    hidden.delete(item);
    showElement(item);
  }
  function placeLine(item: Element, entry: Hidden): void {
    entry.line?.remove();
    entry.line = state!.placeholder ? options.placeholder?.(entry.person, state!.pass, recognition) : undefined;
    if (entry.line !== undefined) item.before(entry.line);
  }

  function learnNear(element: Element, key: string): void {
    const scope = element.closest(table.learn!);
    if (scope !== null) teach(key, [scope, ...scope.querySelectorAll(watched)].flatMap((inside) => keysOf(inside, true)));
  }
  /** Their own page (open under an allowance) names its id in its head. */
  function learnFromPage(): void {
    const here = recognition.profileKey(window.location.href);
    if (here === null || state!.keys.get(here)?.listed !== here) return;
    const named = PAGE_ID_HOOKS.flatMap(({ at, attr, pattern, url }) =>
      [...document.querySelectorAll(at)].flatMap((element) => {
        const found = pattern.exec(element.getAttribute(attr!) ?? '');
        return found === null ? [] : [readUrl(url.replace('$1', found[1]!))];
      }),
    );
    teach(here, [here, ...named.filter((key) => key !== null)]);
  }
  /** An id shown beside exactly one listed handle of this network, and no other, is theirs. */
  function teach(key: string, keys: readonly string[]): void {
    const named = new Set(keys);
    const ours = [...named].filter((other) => other.startsWith(`${network}:`));
    const ids = ours.filter(isIdForm);
    const id = ids[0];
    if (id === undefined || ids.length > 1 || ours.length !== 2 || !named.has(key) || state!.keys.has(id) || taught.has(id)) return;
    taught.add(id);
    report({ kind: 'learned', key, id });
  }

  function sweep(root: ParentNode): void {
    const element = root as Element;
    if (element.nodeType === 1 && element.matches(watched)) consider(element);
    root.querySelectorAll(watched).forEach(consider);
    if (table.shadowHosts === undefined) return;
    if (element.nodeType === 1 && element.matches(table.shadowHosts)) lookInside(element);
    root.querySelectorAll(table.shadowHosts).forEach(lookInside);
  }
  // A document-wide observer does not see into shadow roots: the table's hosts are watched too.
  function lookInside(host: Element): void {
    const shadow = options.shadowRootOf?.(host) ?? host.shadowRoot;
    if (shadow === null || shadows.has(shadow)) return;
    shadows.add(shadow);
    observer.observe(shadow, OBSERVED);
    sweep(shadow);
  }

  /** Whether `item` still holds something of theirs to hide (a recycled element may not). */
  const stillTheirs = (item: Element): boolean =>
    [item, ...item.querySelectorAll(watched)].some((element) =>
      keysOf(element).some((key) => mustHide(key, state!, now()) && itemOf(element, state!.keys.get(key)!) === item),
    );
  /** The hidden item `node` is in, if any. */
  function hiddenAround(node: Node): Element | undefined {
    for (let up = node as Element | null; up !== null && hidden.size > 0; up = up.parentElement) if (hidden.has(up)) return up;
    return undefined;
  }

  // Whatever the list changed (an allowance, a choice turned off, the placeholder setting),
  // hidden items are looked at again, and the page too.
  function refresh(): void {
    lookAtHere();
    for (const [item, entry] of hidden) {
      if (!item.isConnected) hidden.delete(item);
      else if (!stillTheirs(item)) show(item);
      else placeLine(item, entry);
    }
    sweep(document);
    learnFromPage();
  }

  const media = holdMedia();
  const observer = new MutationObserver((records) => {
    // An app moves between pages without loading one: where it is now, once per batch.
    if (state !== undefined) lookAtHere();
    for (const { type, target, addedNodes, removedNodes } of records) {
      if (state === undefined) {
        // The list is not read yet and the page is held hidden: its media is held still too.
        addedNodes.forEach((node) => node.nodeType === 1 && media.hold(node as Element));
      } else if (type === 'attributes') {
        // A link that changed (a recycled element) may now name them, or no longer.
        if ((target as Element).matches(watched)) consider(target as Element);
        const around = hiddenAround(target);
        if (around !== undefined && !stillTheirs(around)) show(around);
      } else {
        for (const node of addedNodes) {
          if (node.nodeType !== 1) continue;
          sweep(node as Element);
          if (hiddenAround(node) !== undefined) mediaIn(node as Element).forEach(silence);
        }
        for (const node of removedNodes) if (!node.isConnected && hidden.has(node as Element)) show(node as Element);
      }
    }
  });
  // Every change of the page's elements, and of the attributes that name someone (links, and the
  // hooks of every table: which network this is is known only later).
  const named = Object.values(options.tables).flatMap((each) => (each.hooks ?? []).flatMap(({ attr }) => (attr === undefined ? [] : [attr])));
  observer.observe(document, { ...OBSERVED, attributeFilter: ['href', ...new Set(named)] });
  // A video a script starts later in a hidden item is stopped at once.
  const listening = { capture: true, signal: options.signal };
  document.addEventListener('play', ({ target }) => hiddenAround(target as Node) !== undefined && silence(target as HTMLMediaElement), listening);
  // A search box's suggestions come once the user types in it: its shadow root is looked into as
  // it takes the focus, before the first suggestion is drawn.
  document.addEventListener(
    'focusin',
    () => {
      if (state === undefined || table.shadowHosts === undefined) return;
      lookAtHere();
      document.querySelectorAll(table.shadowHosts).forEach(lookInside);
    },
    listening,
  );
  window.addEventListener('pagehide', flush, { signal: options.signal });
  options.signal?.addEventListener('abort', () => {
    observer.disconnect();
    styleWatch.disconnect();
  });

  const root = document.documentElement;
  const release = root === null ? () => undefined : holdPage(root);
  if (root !== null) media.hold(root);
  const start = () => {
    const lent = options.recognition();
    const here = lent?.networkOf(window.location.href);
    const found = here === undefined ? undefined : options.tables[here];
    // Without the guard's recognition, or on a page of no network, there is nothing to do here.
    if (lent === undefined || here === undefined || found === undefined) throw new Error('not a supported page');
    [recognition, network, table] = [lent, here, found];
    hooks = table.hooks ?? [];
    hooked = hooks.map((hook) => hook.at).join(',');
    items = Object.values(table.items).join(',');
    watched = hooks.length === 0 ? LINKS : `${LINKS},${hooked}`;
  };
  const load = async () => {
    const stored = await options.readStorage();
    if (state === undefined) start();
    state = readFeedState(stored);
  };
  const ready = load()
    .then(refresh)
    // If storage cannot be read, the page is shown as it is rather than left blank.
    .catch(() => observer.disconnect())
    .finally(() => {
      media.release((element) => hiddenAround(element) !== undefined);
      release();
    });
  options.onStorageChange(() => void ready.then(() => (state === undefined || options.signal?.aborted ? undefined : load().then(refresh))));
  return { ready };
}
