/*
 * Hiding, not covering: with `display: none` on the root element nothing of the page is painted
 * (an overlay would still let the profile paint beneath it). Set inline with !important so the
 * page's own styles cannot undo it. Nothing else is written into the page (no attribute or
 * class of ours for the site's scripts to read): what was there before is remembered here, and
 * put back when the page turns out not to be a listed profile.
 */
export function hidePage(document: Document): { show: () => void } {
  const root = document.documentElement;
  if (root === null) return { show: () => undefined };
  const before = { value: root.style.getPropertyValue('display'), priority: root.style.getPropertyPriority('display') };
  root.style.setProperty('display', 'none', 'important');
  return {
    show: () => {
      if (before.value === '') root.style.removeProperty('display');
      else root.style.setProperty('display', before.value, before.priority);
      if (root.getAttribute('style') === '') root.removeAttribute('style');
    },
  };
}

const isMedia = (node: Node): node is HTMLMediaElement => node.nodeName === 'VIDEO' || node.nodeName === 'AUDIO';

/**
 * Keeps the page's video and audio still: a hidden page still plays its media. Media already
 * there is paused, and media the site adds afterwards loses its autoplay as it is inserted (a
 * MutationObserver runs before the browser can start it; a "play" listener would only hear of
 * it once it had started). `release` gives back what was held, for a profile that turns out
 * not to be listed.
 */
export function holdMedia(document: Document): { release: () => void } {
  const held = new Set<HTMLMediaElement>();
  const hold = (media: HTMLMediaElement) => {
    if (media.autoplay || !media.paused) held.add(media);
    media.autoplay = false;
    media.pause();
  };
  const sweep = (root: ParentNode) => root.querySelectorAll('video, audio').forEach((media) => hold(media as HTMLMediaElement));
  sweep(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isMedia(node)) hold(node);
        else if (node.nodeType === 1) sweep(node as Element);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  const onPlay = (event: Event) => {
    if (isMedia(event.target as Node)) hold(event.target as HTMLMediaElement);
  };
  document.addEventListener('play', onPlay, true);
  return {
    release: () => {
      observer.disconnect();
      document.removeEventListener('play', onPlay, true);
      for (const media of held) {
        media.autoplay = true;
        void media.play().catch(() => undefined);
      }
    },
  };
}
