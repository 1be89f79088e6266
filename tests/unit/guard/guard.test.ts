import { describe, expect, it, vi } from 'vitest';
import { startGuard } from '../../../platform/guard/guard';

const PAUSE = 'chrome-extension://abc/pause.html';
const people = [{ id: 'a', name: '', addedAt: 0, profiles: [{ key: 'instagram:someex', addedAt: 0 }] }];

/**
 * A page on the stand-in site: the real happy-dom document, with the pieces the guard uses from
 * `window` under the test's control (where the tab is sent, the Navigation API, the clock).
 */
interface PageOptions {
  stored?: Record<string, unknown>;
  navigation?: boolean;
  now?: () => number;
}

function page(href: string, { stored = { people }, navigation = true, now = () => 1_000 }: PageOptions = {}) {
  // A document of its own for each page, so no earlier guard watches it.
  const document = window.document.implementation.createHTMLDocument('stand-in');
  document.body.innerHTML = '<div id="profile">PROFILE</div><video id="v"></video>';
  const sentTo: { href: string; replace: boolean }[] = [];
  const nav = new EventTarget();
  const listeners = new EventTarget();
  let storageListener: () => void = () => undefined;
  let storage = stored;
  // Leaving for another document fires the Navigation API's navigate event, as in Chromium.
  const leave = (to: string, replace: boolean) => {
    sentTo.push({ href: to, replace });
    if (navigation) nav.dispatchEvent(Object.assign(new Event('navigate', { cancelable: true }), { destination: { url: to, sameDocument: false } }));
  };
  const fakeWindow = {
    document,
    location: {
      href,
      replace: (to: string) => leave(to, true),
      assign: (to: string) => leave(to, false),
    },
    navigation: navigation ? nav : undefined,
    stop: vi.fn(),
    setTimeout: (fn: () => void) => setTimeout(fn, 0),
    addEventListener: listeners.addEventListener.bind(listeners),
  };
  const { ready } = startGuard({
    window: fakeWindow as unknown as Window,
    pausePageUrl: PAUSE,
    readStorage: async () => storage,
    onStorageChange: (listener) => (storageListener = listener),
    now,
  });
  return {
    ready,
    document,
    sentTo,
    stop: fakeWindow.stop,
    hidden: () => document.documentElement.style.getPropertyValue('display') === 'none',
    /** The site's own navigate listener, added by its scripts after the guard's. */
    siteListens() {
      const heard: string[] = [];
      nav.addEventListener('navigate', (event) => heard.push((event as unknown as { destination: { url: string } }).destination.url));
      return heard;
    },
    /** What the site's history.pushState() makes the browser fire, synchronously. */
    navigate(url: string, sameDocument = true) {
      const event = Object.assign(new Event('navigate', { cancelable: true }), { destination: { url, sameDocument } });
      nav.dispatchEvent(event);
    },
    popstate: () => listeners.dispatchEvent(new Event('popstate')),
    pageshow: (persisted: boolean) => listeners.dispatchEvent(Object.assign(new Event('pageshow'), { persisted })),
    setStorage(value: Record<string, unknown>) {
      storage = value;
      storageListener();
    },
    moveTo: (url: string) => (fakeWindow.location.href = url),
  };
}

// Lets the stored list be read and the guard's next task run; positive checks wait instead.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('navigation guard', () => {
  it('hides a profile page at once and sends a listed one to the pause page', async () => {
    const tab = page('https://www.instagram.com/%73omeex/');
    // Before the list is even read: hidden, so nothing of it can paint.
    expect(tab.hidden()).toBe(true);
    await vi.waitFor(() => expect(tab.sentTo).toEqual([{ href: `${PAUSE}?via=load&url=https://www.instagram.com/%73omeex/`, replace: true }]));
    expect(tab.stop).toHaveBeenCalled();
    expect(tab.hidden()).toBe(true);
  });

  it('shows an unlisted profile again as soon as the list is read', async () => {
    const tab = page('https://www.instagram.com/someone_else/');
    expect(tab.hidden()).toBe(true);
    await tab.ready;
    expect(tab.hidden()).toBe(false);
    expect(tab.sentTo).toEqual([]);
  });

  it('never touches the rest of the site', async () => {
    const tab = page('https://www.instagram.com/explore/');
    expect(tab.hidden()).toBe(false);
    await tab.ready;
    tab.navigate('https://www.instagram.com/p/ABC123/');
    await settle();
    expect(tab.hidden()).toBe(false);
    expect(tab.sentTo).toEqual([]);
  });

  it('hides in the same task as the site’s pushState, then leaves for the pause page', async () => {
    const tab = page('https://www.instagram.com/');
    await tab.ready;
    const video = tab.document.getElementById('v') as HTMLVideoElement;
    const pause = vi.spyOn(video, 'pause');
    tab.navigate('https://www.instagram.com/SomeEx/reels/');
    // Synchronously: before the site's next line of code, before any frame.
    expect(tab.hidden()).toBe(true);
    expect(pause).toHaveBeenCalled();
    // The move waits for the site's history entry to commit, so the pause page replaces it.
    expect(tab.sentTo).toEqual([]);
    await vi.waitFor(() => expect(tab.sentTo).toEqual([{ href: `${PAUSE}?via=app&url=https://www.instagram.com/SomeEx/reels/`, replace: true }]));
  });

  it('keeps video the site adds afterwards from starting, and gives it back to an unlisted profile', async () => {
    const tab = page('https://www.instagram.com/');
    await tab.ready;
    tab.navigate('https://www.instagram.com/someex/');
    const late = Object.assign(tab.document.createElement('video'), { autoplay: true });
    tab.document.body.append(late);
    await Promise.resolve(); // the observer runs before the browser could start playback
    expect(late.autoplay).toBe(false);

    const other = page('https://www.instagram.com/someone_else/');
    const theirs = Object.assign(other.document.createElement('video'), { autoplay: true });
    other.document.body.append(theirs);
    await Promise.resolve();
    expect(theirs.autoplay).toBe(false);
    await other.ready;
    expect(theirs.autoplay).toBe(true);
  });

  it('lets an allowed profile through until its allowance ends', async () => {
    let clock = 1_000;
    const tab = page('https://www.instagram.com/', {
      stored: { people, allowances: { 'instagram:someex': { grantedAt: 900, expiresAt: 5_000 } } },
      now: () => clock,
    });
    await tab.ready;
    tab.navigate('https://www.instagram.com/someex/');
    expect(tab.hidden()).toBe(false);
    clock = 5_000;
    tab.navigate('https://www.instagram.com/someex/tagged/');
    expect(tab.hidden()).toBe(true);
  });

  it('stops nothing while protection is paused, and again once the pause ends', async () => {
    let clock = 1_000;
    const tab = page('https://www.instagram.com/', { stored: { people, settings: { pausedUntil: 5_000 } }, now: () => clock });
    await tab.ready;
    tab.navigate('https://www.instagram.com/someex/');
    expect(tab.hidden()).toBe(false);
    clock = 5_000;
    tab.navigate('https://www.instagram.com/someex/');
    expect(tab.hidden()).toBe(true);
  });

  it('follows changes to the list without a reload', async () => {
    const tab = page('https://www.instagram.com/');
    await tab.ready;
    tab.setStorage({ people: [{ id: 'a', name: '', addedAt: 0, profiles: [{ key: 'x:other', addedAt: 0 }] }] });
    await settle();
    tab.navigate('https://www.instagram.com/someex/');
    expect(tab.hidden()).toBe(false);
  });

  it('catches a page restored from the back/forward cache', async () => {
    const tab = page('https://www.instagram.com/');
    await tab.ready;
    tab.moveTo('https://www.instagram.com/someex/');
    tab.pageshow(true);
    expect(tab.hidden()).toBe(true);
    await vi.waitFor(() => expect(tab.sentTo[0]?.href).toBe(`${PAUSE}?via=app&url=https://www.instagram.com/someex/`));
  });

  it('without the Navigation API, still checks back and forward', async () => {
    const tab = page('https://www.instagram.com/', { navigation: false });
    await tab.ready;
    tab.moveTo('https://www.instagram.com/someex/');
    tab.popstate();
    expect(tab.hidden()).toBe(true);
    await vi.waitFor(() => expect(tab.sentTo).toEqual([{ href: `${PAUSE}?via=app&url=https://www.instagram.com/someex/`, replace: true }]));
  });
});

describe('navigation guard: what the site can learn', () => {
  it('writes nothing into the page but the hiding itself, and gives the page back as it was', async () => {
    const tab = page('https://www.instagram.com/someone_else/');
    const root = tab.document.documentElement;
    expect(tab.hidden()).toBe(true);
    expect(root.getAttributeNames()).toEqual(['style']);
    await tab.ready;
    expect(root.getAttributeNames()).toEqual([]);
  });

  it('the site’s navigate listeners never hear the pause page’s address or the handle', async () => {
    const tab = page('https://www.instagram.com/');
    await tab.ready;
    const heard = tab.siteListens();
    tab.navigate('https://www.instagram.com/someex/');
    await vi.waitFor(() => expect(tab.sentTo).toHaveLength(1));
    // The site hears its own pushState, as it would without the extension; never where we went.
    expect(heard).toEqual(['https://www.instagram.com/someex/']);
    expect(heard.join(' ')).not.toContain(PAUSE);
  });

  it('an allowance ends at once when the clock is set back after "Continue"', async () => {
    let clock = 2_000_000;
    const tab = page('https://www.instagram.com/', {
      stored: { people, allowances: { 'instagram:someex': { grantedAt: 1_900_000, expiresAt: 1_900_000 + 300_000 } } },
      now: () => clock,
    });
    await tab.ready;
    tab.navigate('https://www.instagram.com/someex/');
    expect(tab.hidden()).toBe(false);
    // Set back an hour: by the clock the allowance would run for another hour and five minutes.
    clock -= 3_600_000;
    tab.navigate('https://www.instagram.com/someex/tagged/');
    expect(tab.hidden()).toBe(true);
  });
});
