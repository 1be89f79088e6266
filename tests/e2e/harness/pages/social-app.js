// The stand-in social site's whole client: a tiny single-page app. Plain JavaScript, served as is
// (no build step), so what the browser runs is exactly what is written here.
//
// It does what real social sites do that matters to the extension: client-side routing with
// history.pushState/replaceState (in both orders relative to rendering), back/forward via
// popstate, autoplaying muted media on a profile. And it reports to the stand-in server, with
// navigator.sendBeacon, whether each profile it rendered was painted:
//   - Element Timing (`elementtiming="profile"` + a buffered PerformanceObserver) fires only once
//     the text was actually painted; it still fires when the profile is merely covered by an
//     overlay, and not when <html> is hidden (display/visibility/opacity) in the same task.
//   - Element Timing entries arrive after a frame is shown and can be lost when the tab leaves
//     quickly, so the first animation frame after inserting the profile also checks: is it visible
//     (computed style of html/body, checkVisibility) and is it what elementsFromPoint finds at the
//     viewport centre?
// Reports are sent on each event and again on pagehide, so a test can tell "rendered but never
// painted" from "never rendered".
(() => {
  'use strict';
  const config = window.__STAND_IN_CONFIG__ || { site: 'Stand-in', links: [] };
  const pageId = Math.random().toString(36).slice(2, 10);
  const views = new Map();
  let viewSeq = 0;
  let lastViewId = null;

  const elementTimingSupported =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes || []).includes('element');

  // First path segments that are the site's own pages, not a person.
  const RESERVED = new Set([
    'explore', 'home', 'p', 'reel', 'reels', 'tv', 'search', 'settings', 'watch', 'i', 'hashtag',
    'notifications', 'messages', 'direct', 'feed', 'login', 'accounts', 'web', 'status', 'tag',
    'discover', 'r', 'favicon.ico', 'robots.txt',
  ]);
  // First segments followed by the handle (/stories/someex/, /user/someex, /in/someex/ ...).
  const PREFIXED = new Set(['stories', 'user', 'u', 'in', 'profile', 'add', 'c']);

  function handleOf(url) {
    const segs = url.pathname
      .split('/')
      .filter(Boolean)
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
    if (segs.length === 0) return null;
    const first = segs[0].toLowerCase();
    if (first === 'profile.php') {
      const id = url.searchParams.get('id');
      return id ? `id:${id}` : null;
    }
    if (first === 'people') return segs[2] || null; // facebook.com/people/Name/ID/
    const h = PREFIXED.has(first) ? segs[1] : segs[0];
    if (!h || RESERVED.has(h.toLowerCase()) || h.startsWith('__')) return null;
    return h.replace(/^@/, '');
  }

  function send(state, reason) {
    const video = state.video;
    const body = {
      reason,
      pageId,
      viewId: state.viewId,
      handle: state.handle,
      mode: state.mode,
      viewPath: state.viewPath,
      href: location.href,
      path: location.pathname,
      insertedAt: state.insertedAt,
      sentAt: performance.now(),
      visibilityState: document.visibilityState,
      swControlled: Boolean(navigator.serviceWorker && navigator.serviceWorker.controller),
      elementTimingSupported,
      elementTiming: state.elementTiming,
      frameCheck: state.frameCheck,
      mediaPlaying: state.mediaPlaying,
      mediaTime: video ? video.currentTime : 0,
    };
    try {
      navigator.sendBeacon('/__report', JSON.stringify(body));
    } catch {
      // A page being torn down may refuse; the other reports still tell the story.
    }
  }

  function describe(el) {
    if (!el) return null;
    return el.localName + (el.id ? `#${el.id}` : '') + (el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : '');
  }

  function hiddenBy(node) {
    const s = getComputedStyle(node);
    const why = [];
    if (s.display === 'none') why.push(`${node.localName}:display`);
    if (s.visibility === 'hidden') why.push(`${node.localName}:visibility`);
    if (Number(s.opacity) === 0) why.push(`${node.localName}:opacity`);
    return why;
  }

  function frameCheck(el) {
    const why = [document.documentElement, document.body].filter(Boolean).flatMap(hiddenBy);
    const connected = el.isConnected;
    const selfVisible =
      connected &&
      (typeof el.checkVisibility === 'function'
        ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        : true);
    const top = document.elementsFromPoint(innerWidth / 2, innerHeight / 2)[0] || null;
    return {
      connected,
      visible: connected && why.length === 0 && selfVisible,
      atCenter: Boolean(top && el.contains(top)),
      top: describe(top),
      hiddenBy: why,
      at: performance.now(),
    };
  }

  if (elementTimingSupported) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier !== 'profile') continue;
        const id = (entry.element && entry.element.dataset.viewId) || lastViewId;
        const state = views.get(id);
        if (!state || state.elementTiming) continue;
        state.elementTiming = { renderTime: entry.renderTime || entry.loadTime, at: performance.now() };
        send(state, 'element');
      }
    }).observe({ type: 'element', buffered: true });
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    node.append(...children);
    return node;
  }

  function renderProfile(path, handle, mode) {
    const viewId = `${pageId}:${++viewSeq}`;
    const state = {
      viewId, handle, mode, viewPath: path, insertedAt: performance.now(),
      elementTiming: null, frameCheck: null, mediaPlaying: false, video: null,
    };
    views.set(viewId, state);
    lastViewId = viewId;

    const profile = el('div', { id: 'profile', elementtiming: 'profile', 'data-view-id': viewId, 'data-handle': handle });
    profile.append(`PROFILE OF ${handle}`);
    // Muted, looping, autoplaying media: a profile's video that must not start playing. A WAV
    // file because there is no video encoder on the test machine; the element still plays.
    const video = el('video', { class: 'media', muted: '', loop: '', autoplay: '', playsinline: '', src: '/__media/loop.wav' });
    video.muted = true;
    video.addEventListener('playing', () => {
      // Autoplay queues 'play' and 'playing' together: a script that pauses the element from its
      // 'play' event still gets a 'playing' event, on an element that is paused and never
      // advanced (checked in Firefox ESR 153). Only an element still playing counts; one that
      // did advance shows in mediaTime anyway.
      if (state.mediaPlaying || video.paused) return;
      state.mediaPlaying = true;
      send(state, 'media');
    });
    state.video = video;
    profile.append(el('div', { class: 'block' }, video));
    document.getElementById('view').replaceChildren(profile);
    send(state, 'inserted');
    requestAnimationFrame(() => {
      state.frameCheck = frameCheck(profile);
      send(state, 'frame');
    });
  }

  const MODES = [
    ['render-first', 'render then pushState'],
    ['push-first', 'pushState then render'],
    ['replace', 'replaceState then render'],
    ['push-then-later', 'pushState, render 50 ms later'],
    ['full', 'full page load'],
  ];

  function renderHome() {
    const list = el('ul', { id: 'links' });
    const links = new URLSearchParams(location.search).get('links');
    const paths = links ? links.split(',').filter(Boolean) : config.links;
    for (const path of paths) {
      for (const [mode] of MODES) {
        list.append(el('li', {}, el('a', { href: path, 'data-path': path, 'data-mode': mode }, `${path} (${mode})`)));
      }
    }
    document.getElementById('view').replaceChildren(
      el('h1', {}, `${config.site} home`),
      el('p', {}, 'Links below render a profile in-app (SPA) or load it in full.'),
      list,
    );
  }

  function renderNeutral(path) {
    document.getElementById('view').replaceChildren(el('h1', { id: 'neutral' }, `${config.site}: ${path}`));
  }

  function render(path, mode) {
    const url = new URL(path, location.href);
    if (url.pathname === '/' || url.pathname === '') return renderHome();
    const handle = handleOf(url);
    if (handle) renderProfile(url.pathname + url.search, handle, mode);
    else renderNeutral(url.pathname);
  }

  function go(path, mode = 'push-first') {
    const state = { standIn: true, path };
    switch (mode) {
      case 'render-first':
        render(path, mode);
        history.pushState(state, '', path);
        break;
      case 'push-first':
        history.pushState(state, '', path);
        render(path, mode);
        break;
      case 'replace':
        history.replaceState(state, '', path);
        render(path, mode);
        break;
      case 'push-then-later':
        history.pushState(state, '', path);
        setTimeout(() => render(path, mode), 50);
        break;
      case 'full':
        location.href = path;
        break;
      default:
        throw new Error(`unknown mode ${mode}`);
    }
  }

  // Like real SPA routers: plain left clicks are handled in-app, modified clicks are left alone.
  document.addEventListener('click', (ev) => {
    const a = ev.target instanceof Element ? ev.target.closest('a[data-mode]') : null;
    if (!a || a.dataset.mode === 'full' || ev.defaultPrevented) return;
    if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    go(a.getAttribute('href'), a.dataset.mode);
  });

  addEventListener('popstate', () => render(location.pathname + location.search, 'popstate'));

  const flush = (reason) => {
    for (const state of views.values()) send(state, reason);
  };
  addEventListener('pagehide', () => flush('pagehide'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush('hidden');
  });

  const swReady =
    new URLSearchParams(location.search).get('sw') === '1' && navigator.serviceWorker
      ? navigator.serviceWorker.register('/__sw.js', { scope: '/' }).then(() => navigator.serviceWorker.ready).then(() => true)
      : Promise.resolve(false);

  // For tests: drive the router as the site's own code would (page.evaluate runs in this world).
  window.standIn = {
    pageId,
    go,
    swReady,
    views: () => [...views.values()].map(({ video, ...rest }) => ({ ...rest, mediaTime: video ? video.currentTime : 0 })),
  };

  render(location.pathname + location.search, 'load');
  // Embedded in another site's frame, like Instagram's /embed/ pages: tell the parent page.
  if (window.top !== window) parent.postMessage({ standInEmbed: handleOf(new URL(location.href)) }, '*');
})();
