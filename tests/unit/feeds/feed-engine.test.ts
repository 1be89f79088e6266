import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeholder } from '../../../platform/feeds/placeholder';
import { hiddenBy, openPage, type Page, storedWith } from './stand-in';

/*
 * The feed script's behaviour beyond the tables (those are checked against the stand-in pages in
 * stand-in-pages.test.ts): the page held until the list is read, what happens when the list or
 * an allowance changes, sites that rewrite styles or reuse elements, media, the placeholder and
 * its "Show", the count, and ids learned from their own page.
 */
let page: Page | undefined;
afterEach(() => page?.stop());

const X = 'https://x.com/home';
const cell = (handle: string, text: string) => `<div data-testid="cellInnerDiv"><article><a href="/${handle}">${handle}</a> <p>${text}</p></article></div>`;
const cells = (page: Page) => [...page.document.querySelectorAll('[data-testid=cellInnerDiv]')].map((element) => (hiddenBy(element) === undefined ? 'shown' : 'hidden'));
const now = Date.UTC(2026, 10, 26, 20);

describe('before the list is read', () => {
  it('holds the whole page hidden, then lets go of everything that is not theirs', async () => {
    const held: (string | null)[] = [];
    page = await openPage(X, cell('friend_one', 'hi') + cell('someex', 'theirs'), storedWith(['x:someex']), (window) => ({
      readStorage: async () => {
        held.push(window.document.documentElement.getAttribute('style'));
        return storedWith(['x:someex']);
      },
    }));
    expect(held).toEqual(['opacity: 0 !important;']);
    expect(page.document.documentElement.getAttribute('style')).toBeNull();
    expect(cells(page)).toEqual(['shown', 'hidden']);
  });

  it('shows the page as it is when the list cannot be read, and hides nothing', async () => {
    page = await openPage(X, cell('someex', 'theirs'), storedWith(['x:someex']), { readStorage: () => Promise.reject(new Error('no storage')) });
    expect(page.document.documentElement.getAttribute('style')).toBeNull();
    expect(cells(page)).toEqual(['shown']);
  });

  it('does nothing without the guard’s recognition, or on a page of no supported network', async () => {
    page = await openPage(X, cell('someex', 'theirs'), storedWith(['x:someex']), { recognition: () => undefined });
    expect(cells(page)).toEqual(['shown']);
    page.stop();
    page = await openPage('https://example.net/', cell('someex', 'theirs'), storedWith(['x:someex']));
    expect(cells(page)).toEqual(['shown']);
  });
});

describe('when what is stored changes', () => {
  it('shows their things while their profile is open under an allowance, and hides them again after', async () => {
    page = await openPage(X, cell('someex', 'a') + cell('friend_one', 'b'), storedWith(['x:someex']), { now: () => now });
    expect(cells(page)).toEqual(['hidden', 'shown']);
    await page.store({ allowances: { 'x:someex': { grantedAt: now - 1000, expiresAt: now + 60_000 } } });
    expect(cells(page)).toEqual(['shown', 'shown']);
    await page.store({ allowances: {} });
    expect(cells(page)).toEqual(['hidden', 'shown']);
  });

  it('shows them again once the choice is off (after its cooling-off), and hides them once it is on', async () => {
    const stored = storedWith(['x:someex']);
    page = await openPage(X, cell('someex', 'a'), stored);
    expect(cells(page)).toEqual(['hidden']);
    await page.store({ people: [{ ...(stored.people as object[])[0], hideInFeeds: false }] });
    expect(cells(page)).toEqual(['shown']);
    await page.store({ people: stored.people });
    expect(cells(page)).toEqual(['hidden']);
  });
});

describe('what sites do', () => {
  it('keeps an item hidden when the site rewrites its style', async () => {
    page = await openPage(X, cell('someex', 'a'), storedWith(['x:someex']));
    const item = page.document.querySelector<HTMLElement>('[data-testid=cellInnerDiv]')!;
    item.setAttribute('style', 'transform: translateY(120px)');
    await page.settle();
    expect(cells(page)).toEqual(['hidden']);
    expect(item.style.transform).toBe('translateY(120px)');
  });

  it('hides an element reused for their thing, and shows one reused for someone else’s', async () => {
    page = await openPage(X, cell('friend_one', 'a') + cell('someex', 'b'), storedWith(['x:someex']));
    const [first, second] = [...page.document.querySelectorAll('a')];
    first!.setAttribute('href', '/someex');
    second!.setAttribute('href', '/friend_two');
    await page.settle();
    expect(cells(page)).toEqual(['hidden', 'shown']);
  });

  it('never hides the page, its main region or a feed: then the link alone', async () => {
    page = await openPage(X, '<main><a href="/someex">@someex</a> <p>Other things</p></main><div role="feed"><a href="/someex">@someex</a></div>', storedWith(['x:someex']));
    const hidden = [...page.document.querySelectorAll('*')].filter((element) => (element as HTMLElement).style.display === 'none').map((element) => element.localName);
    expect(hidden).toEqual(['a', 'a']);
  });

  it('reads a link as the browser resolves it: written with a line break, or relative to a page whose address names them', async () => {
    page = await openPage(X, `<div data-testid="cellInnerDiv"><article><a href="/some&#10;ex">a</a></article></div>${cell('friend_one', 'b')}`, storedWith(['x:someex']));
    expect(cells(page)).toEqual(['hidden', 'shown']);
    page.stop();
    // Letters written percent-encoded, which the address keeps as written and still names them.
    page = await openPage(X, `${cell('%73ome%45x', 'a')}${cell('%73omeone_else', 'b')}`, storedWith(['x:someex']));
    expect(cells(page)).toEqual(['hidden', 'shown']);
    page.stop();
    page = await openPage('https://x.com/someex', '<div data-testid="cellInnerDiv"><article><a href="?tab=likes">likes</a></article></div>', storedWith(['x:someex']));
    expect(cells(page)).toEqual(['hidden']);
    page.stop();
    // An app that moves to their page without loading it, then draws a link written relatively.
    page = await openPage(X, cell('friend_one', 'b'), storedWith(['x:someex']));
    page.window.history.pushState({}, '', '/someex');
    page.document.body.insertAdjacentHTML('beforeend', '<div data-testid="cellInnerDiv"><article><a href="?tab=likes">likes</a></article></div>');
    await page.settle();
    expect(cells(page)).toEqual(['shown', 'hidden']);
  });

  it('stops a video a script later starts in a hidden item, and one added to it', async () => {
    page = await openPage(X, cell('someex', 'a'), storedWith(['x:someex']));
    const item = page.document.querySelector('article')!;
    const video = page.document.createElement('video');
    video.autoplay = true;
    item.append(video);
    await page.settle();
    expect(video.autoplay).toBe(false);
    expect(video.muted).toBe(true);
  });
});

describe('the quiet placeholder, when chosen', () => {
  it('leaves one line that names nothing the site can read, and “Show” goes through the pause', async () => {
    const shown: string[] = [];
    const open = vi.fn();
    page = await openPage(X, cell('someex', 'a') + cell('friend_one', 'b'), storedWith(['x:someex'], { settings: { feedPlaceholder: true } }), {
      placeholder: (person, pass, recognition) => {
        shown.push(person.name);
        return placeholder(page?.document ?? (globalThis.document as Document), `Hidden: something from ${person.name || 'Someone'}`, 'Show', () => open(recognition.profileUrlOf(person.listed), pass));
      },
    });
    const timeline = [...page.document.body.children];
    expect(shown).toEqual(['Sam']);
    expect(timeline.map((element) => element.localName)).toEqual(['div', 'div', 'div']);
    const line = timeline[0]!;
    // A bare element whose words are in a closed shadow root.
    expect(line.getAttributeNames()).toEqual([]);
    expect(line.shadowRoot).toBeNull();
    expect(line.textContent).toBe('');
    await page.store({ settings: {} });
    expect(page.document.body.children).toHaveLength(2);
  });

  it('is a paragraph with its button, in a closed shadow root', () => {
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    const show = vi.fn();
    const host = placeholder(document, 'Hidden: something from Sam', 'Show', show);
    const root = attach.mock.results[0]!.value as ShadowRoot;
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    expect(root.textContent).toBe('Hidden: something from SamShow');
    root.querySelector('button')!.click();
    expect(show).toHaveBeenCalledOnce();
    expect(host.textContent).toBe('');
  });
});

describe('what it tells the background', () => {
  it('how many things were kept out of sight, each once however often the site draws it, never what', async () => {
    page = await openPage(X, cell('someex', 'a') + cell('someex', 'b') + cell('friend_one', 'c'), storedWith(['x:someex']));
    const item = page.document.querySelector('[data-testid=cellInnerDiv]')!;
    // Drawn again: the same thing, a new element.
    item.replaceWith(item.cloneNode(true));
    await page.settle();
    expect(page.reports).toEqual([]);
    // Reported together, a second later.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(page.reports).toEqual([{ kind: 'hidden', count: 2 }]);
  });

  it('an id their own page shows beside their handle (opened under an allowance)', async () => {
    const head = '<meta property="al:android:url" content="fb://profile/100012345"><link rel="canonical" href="https://www.facebook.com/someex">';
    page = await openPage('https://www.facebook.com/someex', head, storedWith(['facebook:someex'], { learnedIds: {} }));
    expect(page.reports).toEqual([{ kind: 'learned', key: 'facebook:someex', id: 'facebook:100012345' }]);
  });

  it('no id when the page is someone else’s, or shows two', async () => {
    page = await openPage('https://www.facebook.com/friend.one', '<meta property="al:android:url" content="fb://profile/100099999">', storedWith(['facebook:someex'], { learnedIds: {} }));
    expect(page.reports).toEqual([]);
    page.stop();
    const cellWithTwo = '<div data-testid="UserCell"><a href="/someex">Sam</a><button data-testid="1-follow"></button><button data-testid="2-follow"></button></div>';
    page = await openPage(X, cellWithTwo, storedWith(['x:someex']));
    expect(page.reports).toEqual([]);
  });
});
