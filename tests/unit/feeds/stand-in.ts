import { Window } from 'happy-dom';
import type { StoredForFeeds } from '../../../lib/feed-state';
import { learnId } from '../../../lib/learned-ids';
import { feedTables } from '../../../lib/networks/feeds';
import type { FeedReport } from '../../../platform/feed-messages';
import { type FeedOptions, startFeeds } from '../../../platform/feeds/feed-engine';
import { borrowRecognition, lendRecognition } from '../../../platform/recognition';

/*
 * The feed script on a page of a site, in happy-dom: the same engine and tables the browser runs,
 * without a browser. Used with the stand-in feed pages of the browser tests
 * (tests/e2e/harness/pages/feeds/), so that the tables and those pages are checked against each
 * other in every unit run.
 */

/** One person, "Keep them out of my feeds" on, with a profile on each of the twelve networks. */
export { SAM_EVERYWHERE } from '../../e2e/harness/feed-hosts';

export const storedWith = (keys: readonly string[], extra: Partial<StoredForFeeds> = {}): StoredForFeeds => ({
  people: [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: 0, hideInFeeds: true, profiles: keys.map((key) => ({ key, addedAt: 0 })) }],
  allowances: {},
  settings: {},
  // Facebook's tray names only their numeric id: learned on their own page (see the engine's tests).
  learnedIds: { 'facebook:someex': ['facebook:100012345'] },
  pausePass: 'pass-1',
  ...extra,
});

export interface Page {
  readonly window: Window;
  readonly document: Document;
  readonly reports: FeedReport[];
  /** Changes what is stored, as the browser would tell the script. */
  store(patch: Partial<StoredForFeeds>): Promise<void>;
  /** Lets the page's observers run (as the end of the current task would). */
  settle(): Promise<void>;
  stop(): void;
}

export async function openPage(
  url: string,
  html: string,
  stored: StoredForFeeds,
  options: Partial<FeedOptions> | ((window: globalThis.Window) => Partial<FeedOptions>) = {},
): Promise<Page> {
  lendRecognition();
  const happy = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const window = happy as unknown as globalThis.Window;
  window.document.body.innerHTML = html;
  let current = stored;
  const listeners: (() => void)[] = [];
  const reports: FeedReport[] = [];
  const control = new AbortController();
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const store = async (patch: Partial<StoredForFeeds>) => {
    current = { ...current, ...patch };
    listeners.forEach((listener) => listener());
    await settle();
    await settle();
  };
  const started = startFeeds({
    window,
    recognition: borrowRecognition,
    tables: feedTables,
    readStorage: async () => current,
    onStorageChange: (listener) => listeners.push(listener),
    // The background keeps what is learned, and the script hears of it: as here.
    report: (report) => {
      reports.push(report);
      if (report.kind !== 'learned') return;
      const keys = new Set((current.people as { profiles: { key: string }[] }[]).flatMap((person) => person.profiles.map((profile) => profile.key)));
      const learned = learnId(current.learnedIds, keys, report.key, report.id);
      if (learned !== null) void store({ learnedIds: learned });
    },
    signal: control.signal,
    ...(typeof options === 'function' ? options(window) : options),
  });
  await started.ready;
  await settle();
  return { window: happy, document: window.document, reports, store, settle, stop: () => control.abort() };
}

/** Whether `element` is hidden by an inline display:none !important on it or an ancestor (across shadow roots). */
export function hiddenBy(element: Element): Element | undefined {
  for (let node: Node | null = element; node !== null; node = (node as Element).parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const style = (node as HTMLElement).style;
    if (style?.getPropertyValue('display') === 'none' && style.getPropertyPriority('display') === 'important') return node as Element;
    if (node.parentNode === null) break;
  }
  return undefined;
}

/** Every marked thing of the page, shadow roots included. */
export function marked(document: Document): Element[] {
  const found: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.hasAttribute('elementtiming')) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return found;
}

/**
 * Does what the stand-in page's own script does (tests/e2e/harness/pages/feed-app.js): each
 * template inserted where it says, in order of time, links filled in after insertion, recycled
 * links changed, and the search box's shadow root attached as its script would.
 */
export async function playPage(page: Page): Promise<void> {
  const { document } = page;
  const host = document.querySelector('reddit-search-large');
  if (host !== null && host.shadowRoot === null) {
    host.attachShadow({ mode: 'open' }).innerHTML = '<input aria-label="Search Reddit" type="search"><ul role="listbox" data-rows></ul>';
  }
  const steps: { at: number; run: () => void }[] = [];
  for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-later]')) {
    steps.push({
      at: Number(template.dataset.later) || 0,
      run: () => {
        const into = template.dataset.into ?? 'body';
        let target: ParentNode;
        if (into.startsWith('shadow:')) {
          const shadowHost = document.querySelector(into.slice(7))!;
          const root = shadowHost.shadowRoot!;
          target = root.querySelector('[data-rows]') ?? root;
          root.querySelector('input')?.focus();
          shadowHost.dispatchEvent(new page.window.FocusEvent('focusin', { bubbles: true, composed: true }) as unknown as Event);
        } else {
          target = document.querySelector(into)!;
        }
        const content = template.content.cloneNode(true) as DocumentFragment;
        const nodes = [...content.children];
        target.append(content);
        for (const node of nodes) {
          for (const link of [node, ...node.querySelectorAll<HTMLElement>('[data-href-later]')].filter((each) => (each as HTMLElement).dataset?.hrefLater)) {
            queueMicrotask(() => link.setAttribute('href', (link as HTMLElement).dataset.hrefLater!));
          }
        }
      },
    });
  }
  for (const link of document.querySelectorAll<HTMLElement>('[data-recycle-to]')) {
    steps.push({ at: Number(link.dataset.recycleAfter) || 300, run: () => link.setAttribute('href', link.dataset.recycleTo!) });
  }
  for (const step of steps.sort((a, b) => a.at - b.at)) {
    step.run();
    await page.settle();
    await page.settle();
  }
}
