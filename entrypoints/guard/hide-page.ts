/*
 * Hiding, not covering: with `display: none` on the root element nothing of the page is painted
 * and its media is not decoded or shown (an overlay would still let the profile paint beneath it
 * and its videos play). Set inline with !important so the page's own styles cannot undo it.
 */
const MARK = 'data-letting-go-hidden';

export function hidePage(document: Document): void {
  const root = document.documentElement;
  if (root === null) return;
  root.style.setProperty('display', 'none', 'important');
  root.setAttribute(MARK, '');
}

export function showPage(document: Document): void {
  const root = document.documentElement;
  if (root === null || !root.hasAttribute(MARK)) return;
  root.style.removeProperty('display');
  root.removeAttribute(MARK);
}

/** Pauses every playing video and audio and keeps new ones from starting while we leave. */
export function silenceMedia(document: Document): void {
  for (const media of document.querySelectorAll('video, audio')) (media as HTMLMediaElement).pause();
  document.addEventListener('play', (event) => (event.target as HTMLMediaElement).pause?.(), true);
}
