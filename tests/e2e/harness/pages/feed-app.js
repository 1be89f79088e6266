// The stand-in feeds' whole client (pages/feeds/<network>.html), plain JavaScript served as is.
// It does what real feeds do that matters to the feed script, and reports whether each marked
// thing was ever painted:
//
//   - The page's first HTML holds items; <template data-later="<ms>" data-into="<selector>">
//     elements are inserted later, as infinite scroll, a story tray filling in, comments opening
//     and a search box's suggestions do. data-push="<path>" first moves in-app
//     (history.pushState); data-position="prepend" puts them first; data-into="shadow:<host>"
//     inserts into that element's shadow root (after focusing its search box, as a user would).
//   - An anchor with data-href-later gets its href after it was inserted, in the same task
//     (YouTube's renderers fill in their links after insertion); data-recycle-to="<href>" changes a link of
//     a thing already there (a recycled element); data-reinsert takes a thing out and puts the
//     same element back (a virtualised list).
//   - Every element with elementtiming="theirs:<name>" or "others:<name>" is watched: Element
//     Timing (Chromium) for its paint, and in every animation frame for 1.5 s after it was
//     inserted, whether it was visible (html/body not hidden, checkVisibility, a box of its own);
//     its video's 'playing' and currentTime. Reports go to /__feed-report with sendBeacon, again
//     when everything is done and on pagehide.
(() => {
  'use strict';
  const network = document.documentElement.dataset.network;
  const pageId = Math.random().toString(36).slice(2, 10);
  const FRAMES = 90;
  const watched = new Map();
  let pendingTemplates = 0;
  let done = false;
  let looping = false;
  const loop = () => {
    if (looping) return;
    looping = true;
    requestAnimationFrame(frame);
  };

  const elementTimingSupported =
    typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('element');

  function rootHidden() {
    return [document.documentElement, document.body].filter(Boolean).some((node) => {
      const style = getComputedStyle(node);
      return style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0;
    });
  }

  function watch(element, inserted) {
    const id = element.getAttribute('elementtiming');
    if (!id || watched.has(id)) return;
    const state = { id, inserted, elementTiming: false, frames: 0, visibleFrames: 0, mediaPlayed: false, element };
    watched.set(id, state);
    for (const media of element.querySelectorAll('video, audio')) {
      media.addEventListener('playing', () => {
        // A media element paused from its own 'play' event still fires 'playing' once (see
        // social-app.js): only one still playing counts.
        if (!media.paused) state.mediaPlayed = true;
      });
    }
  }

  if (elementTimingSupported) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const state = watched.get(entry.identifier);
        if (state) state.elementTiming = true;
      }
    }).observe({ type: 'element', buffered: true });
  }

  function frame() {
    looping = false;
    const hidden = rootHidden();
    let busy = pendingTemplates > 0;
    for (const state of watched.values()) {
      if (state.frames >= FRAMES) continue;
      busy = true;
      state.frames++;
      const { element } = state;
      const box = element.getBoundingClientRect();
      const visible =
        !hidden && element.isConnected && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0;
      if (visible) state.visibleFrames++;
    }
    if (busy) loop();
    else if (!done) {
      done = true;
      send();
    }
  }

  function send(reason = done ? 'done' : 'progress') {
    const items = [...watched.values()].map(({ element, ...state }) => {
      const media = [...element.querySelectorAll('video, audio')];
      return { ...state, mediaTime: media.reduce((sum, m) => sum + m.currentTime, 0), mediaPlaying: media.some((m) => !m.paused) };
    });
    try {
      navigator.sendBeacon('/__feed-report', JSON.stringify({ network, pageId, reason, done, href: location.href, elementTimingSupported, items }));
    } catch {
      // A page being torn down may refuse; the earlier reports still tell the story.
    }
  }

  function watchAll(root, inserted) {
    if (root.nodeType === 1 && root.hasAttribute('elementtiming')) watch(root, inserted);
    for (const element of root.querySelectorAll('[elementtiming]')) watch(element, inserted);
  }

  function later(template) {
    const delay = Number(template.dataset.later) || 0;
    pendingTemplates++;
    setTimeout(() => {
      if (template.dataset.push) history.pushState({ standIn: true }, '', template.dataset.push);
      const into = template.dataset.into || 'body';
      let target;
      if (into.startsWith('shadow:')) {
        const host = document.querySelector(into.slice(7));
        target = host.shadowRoot.querySelector('[data-rows]') || host.shadowRoot;
        // The user types in the search box first: it takes the focus.
        host.shadowRoot.querySelector('input')?.focus();
      } else {
        target = document.querySelector(into);
      }
      const content = template.content.cloneNode(true);
      const nodes = [...content.childNodes].filter((node) => node.nodeType === 1);
      if (template.dataset.position === 'prepend') target.prepend(content);
      else target.append(content);
      for (const node of nodes) {
        watchAll(node, 'later');
        for (const link of [node, ...node.querySelectorAll('[data-href-later]')].filter((n) => n.dataset && n.dataset.hrefLater)) {
          // After insertion, in the same task, as a renderer's update does (Lit's update
          // microtask; Polymer's property effects run even sooner).
          queueMicrotask(() => link.setAttribute('href', link.dataset.hrefLater));
        }
      }
      pendingTemplates--;
      send();
      loop();
    }, delay);
  }

  function start() {
    watchAll(document.body, 'html');
    for (const template of document.querySelectorAll('template[data-later]')) later(template);
    // A link of something already shown changes: the element is reused for someone else's thing.
    for (const link of document.querySelectorAll('[data-recycle-to]')) {
      pendingTemplates++;
      setTimeout(() => {
        link.setAttribute('href', link.dataset.recycleTo);
        pendingTemplates--;
        loop();
      }, Number(link.dataset.recycleAfter) || 300);
    }
    // A virtualised list takes an item out as it scrolls away, and puts the same element back.
    for (const item of document.querySelectorAll('[data-reinsert]')) {
      pendingTemplates++;
      setTimeout(() => {
        const parent = item.parentNode;
        const next = item.nextSibling;
        item.remove();
        setTimeout(() => {
          parent.insertBefore(item, next);
          pendingTemplates--;
          loop();
        }, 50);
      }, Number(item.dataset.reinsert) || 400);
    }
    loop();
  }

  addEventListener('pagehide', () => send('pagehide'));
  window.feedStandIn = { pageId, items: () => [...watched.values()].map(({ element, ...state }) => state), isDone: () => done };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
