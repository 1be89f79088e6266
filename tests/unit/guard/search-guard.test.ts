import { describe, expect, it, vi } from 'vitest';
import { startSearchGuard } from '../../../platform/search-guard/search-guard';

const GO = 'chrome-extension://abc/go.html';
const people = [
  { id: 'sam', name: 'Sam Smith', addedAt: 0, profiles: [{ key: 'instagram:samsmith92', addedAt: 0 }], search: { on: true, terms: ['Sammy'] } },
  { id: 'kim', name: 'Kim Lee', addedAt: 0, profiles: [], search: { on: false, terms: [] } },
];

interface PageOptions {
  stored?: Record<string, unknown>;
  now?: () => number;
  body?: string;
}

/**
 * A page of a network or an engine: the real happy-dom document, with where the tab is sent and
 * the Navigation API under the test's control. The guard's window listeners sit on the document
 * (capture), before the page's own, as they do on the window in a browser.
 */
function page(href: string, { stored = { people, pausePass: 'p4ss' }, now = () => 1_000, body = '' }: PageOptions = {}) {
  const document = window.document.implementation.createHTMLDocument('stand-in');
  document.body.innerHTML = body;
  const sentTo: { href: string; replace: boolean }[] = [];
  const nav = new EventTarget();
  const url = new URL(href);
  const fakeWindow = {
    document,
    location: { href, hostname: url.hostname, replace: (to: string) => sentTo.push({ href: to, replace: true }), assign: (to: string) => sentTo.push({ href: to, replace: false }) },
    navigation: nav,
    stop: vi.fn(),
    setTimeout: (fn: () => void) => setTimeout(fn, 0),
    addEventListener: document.addEventListener.bind(document),
  };
  const { ready } = startSearchGuard({ window: fakeWindow as unknown as Window, goPageUrl: GO, readStorage: async () => stored, onStorageChange: () => undefined, now });
  const heard: string[] = [];
  for (const type of ['keydown', 'input', 'submit']) document.addEventListener(type, () => heard.push(type), true);
  return {
    ready,
    document,
    sentTo,
    heard,
    hidden: () => document.documentElement.style.getPropertyValue('display') === 'none',
    navigate(to: string, sameDocument: boolean) {
      const event = Object.assign(new Event('navigate', { cancelable: true }), { destination: { url: to, sameDocument } });
      nav.dispatchEvent(event);
      return event;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function type(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
const enter = (field: Element) => {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  field.dispatchEvent(event);
  return event;
};

describe('the search guard, in a search box', () => {
  it('stops a search for them as it is sent, before the page hears of it, and keeps the words out of the pause’s own address', async () => {
    const tab = page('https://x.com/home', { body: '<input aria-label="Search query" placeholder="Search">' });
    await tab.ready;
    const box = tab.document.querySelector('input')!;
    type(box, 'Sam Smith');
    // Typed: the page does not hear the watched words, so it asks for no suggestions.
    expect(tab.heard).toEqual([]);
    const event = enter(box);
    expect(event.defaultPrevented).toBe(true);
    expect(tab.heard).toEqual([]);
    expect(tab.sentTo).toEqual([{ href: `${GO}?via=search&pass=p4ss&person=sam&url=https://x.com/search?q=Sam%20Smith`, replace: false }]);
  });

  it('lets every other search through untouched: a near miss, someone not watched', async () => {
    const tab = page('https://x.com/home', { body: '<input type="search">' });
    await tab.ready;
    const box = tab.document.querySelector('input')!;
    for (const text of ['Sam Jones', 'Samantha Smith', 'Kim Lee', 'Sam']) {
      type(box, text);
      expect(enter(box).defaultPrevented, text).toBe(false);
    }
    expect(tab.sentTo).toEqual([]);
    expect(tab.heard.filter((type) => type === 'input')).toHaveLength(4);
  });

  it('a handle or an extra term, however written', async () => {
    const tab = page('https://www.instagram.com/', { body: '<input aria-label="Search input">' });
    await tab.ready;
    const box = tab.document.querySelector('input')!;
    type(box, '@SamSmith92');
    enter(box);
    expect(tab.sentTo[0]?.href).toBe(`${GO}?via=search&pass=p4ss&person=sam&url=https://www.instagram.com/explore/search/keyword/?q=%40SamSmith92`);
  });

  it('a search form sent any way (a POST to the engine included) is stopped at submit', async () => {
    const tab = page('https://www.startpage.com/', { body: '<form method="post" action="/sp/search"><input name="query"><button>Go</button></form>' });
    await tab.ready;
    const form = tab.document.querySelector('form')!;
    form.querySelector('input')!.value = 'sammy';
    const event = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(tab.sentTo[0]?.href).toBe(`${GO}?via=search&pass=p4ss&person=sam&url=https://www.startpage.com/sp/search?query=sammy`);
  });

  it('never a message or a comment box, whatever it says', async () => {
    const tab = page('https://x.com/messages', { body: '<textarea aria-label="Message"></textarea><div contenteditable="true" aria-label="Post text"></div>' });
    await tab.ready;
    const box = tab.document.querySelector('textarea')!;
    type(box, 'I saw Sam Smith today');
    expect(enter(box).defaultPrevented).toBe(false);
    expect(tab.heard).toContain('input');
    expect(tab.sentTo).toEqual([]);
  });

  it('on a search engine, any text field is its search box', async () => {
    const tab = page('https://www.google.de/', { body: '<textarea name="q-box"></textarea>' });
    await tab.ready;
    const box = tab.document.querySelector('textarea')!;
    type(box, 'smith sam');
    enter(box);
    expect(tab.sentTo[0]?.href).toBe(`${GO}?via=search&pass=p4ss&person=sam&url=https://www.google.de/search?q=smith%20sam`);
  });
});

describe('the search guard, on addresses', () => {
  it('a page that shows a search for them is hidden before it can paint, then left for the pause', async () => {
    const tab = page('https://www.instagram.com/explore/search/keyword/?q=sam%20smith');
    // Hidden while the list is read, and after: it is them.
    expect(tab.hidden()).toBe(true);
    await tab.ready;
    await settle();
    expect(tab.hidden()).toBe(true);
    expect(tab.sentTo).toEqual([{ href: `${GO}?via=search&pass=p4ss&person=sam&url=https://www.instagram.com/explore/search/keyword/?q=sam%20smith`, replace: true }]);
  });

  it('any other search page is shown again as soon as the list is read', async () => {
    const tab = page('https://www.instagram.com/explore/search/keyword/?q=sam%20jones');
    await tab.ready;
    await settle();
    expect(tab.hidden()).toBe(false);
    expect(tab.sentTo).toEqual([]);
  });

  it('a search the site shows without loading (pushState) is hidden in the same task', async () => {
    const tab = page('https://x.com/home');
    await tab.ready;
    tab.navigate('https://x.com/search?q=sam%20smith&src=typed_query', true);
    expect(tab.hidden()).toBe(true);
    await settle();
    expect(tab.sentTo).toEqual([{ href: `${GO}?via=search&pass=p4ss&person=sam&url=https://x.com/search?q=sam%20smith&src=typed_query`, replace: true }]);
  });

  it('a link to a search for them never loads: the navigation is cancelled, and "Go back" returns here', async () => {
    const tab = page('https://x.com/home');
    await tab.ready;
    const event = tab.navigate('https://x.com/search?q=sammy', false);
    expect(event.defaultPrevented).toBe(true);
    await settle();
    expect(tab.sentTo).toEqual([{ href: `${GO}?via=search&pass=p4ss&person=sam&url=https://x.com/search?q=sammy`, replace: false }]);
  });

  it('nothing while their searches are open after "Continue", or while protection is paused', async () => {
    const open = page('https://x.com/search?q=sam%20smith', { stored: { people, allowances: { 'search:sam': { grantedAt: 0, expiresAt: 60_000 } } } });
    const paused = page('https://x.com/search?q=sam%20smith', { stored: { people, settings: { pausedUntil: 60_000 } } });
    for (const tab of [open, paused]) {
      await tab.ready;
      await settle();
      expect(tab.sentTo).toEqual([]);
      expect(tab.hidden()).toBe(false);
    }
  });
});
