/*
 * Hiding one item of a site's page, as the guard hides a whole page (platform/guard/hide-page.ts):
 * `display: none` set inline with !important, so nothing of it is painted and the site's styles
 * cannot undo it; nothing else is written into the page (no attribute or class of ours, nothing
 * that names anyone). What was there before is remembered here and put back when it is shown.
 */
const originals = new WeakMap<HTMLElement, readonly [string, string]>();

const styleOf = (element: Element): CSSStyleDeclaration | undefined => (element as HTMLElement).style;

/** Hides `element`; again if the site rewrote its style. Sets nothing when it is hidden already. */
export function hideElement(element: Element): void {
  const style = styleOf(element);
  if (style === undefined || (style.getPropertyValue('display') === 'none' && style.getPropertyPriority('display') === 'important')) return;
  if (!originals.has(element as HTMLElement)) originals.set(element as HTMLElement, [style.getPropertyValue('display'), style.getPropertyPriority('display')]);
  style.setProperty('display', 'none', 'important');
}

/** Shows `element` again as it was. */
export function showElement(element: Element): void {
  const style = styleOf(element);
  const original = originals.get(element as HTMLElement);
  if (style === undefined || original === undefined) return;
  originals.delete(element as HTMLElement);
  if (original[0] === '') style.removeProperty('display');
  else style.setProperty('display', original[0], original[1]);
  if (element.getAttribute('style') === '') element.removeAttribute('style');
}

const MEDIA = 'video,audio';
const isMedia = (node: Element): node is HTMLMediaElement => node.localName === 'video' || node.localName === 'audio';

/** The media in (or of) `root`. */
export const mediaIn = (root: Element): HTMLMediaElement[] => [...(isMedia(root) ? [root] : []), ...(root.querySelectorAll(MEDIA) as NodeListOf<HTMLMediaElement>)];

/**
 * A hidden video still plays: theirs never do. Autoplay is taken away before the browser can
 * start it (this runs as the element is inserted), and anything already playing stops, silent.
 */
export function silence(media: HTMLMediaElement): void {
  media.autoplay = false;
  media.muted = true;
  if (!media.paused) media.pause();
}

/**
 * While the page's first moments are hidden (before the list is read, nobody knows whose media
 * is whose), every media element is held still; `release` lets go of those that turn out not to
 * be theirs, as they were.
 */
export function holdMedia(): { hold: (root: Element) => void; release: (isTheirs: (media: HTMLMediaElement) => boolean) => void } {
  const held = new Map<HTMLMediaElement, boolean>();
  return {
    hold: (root) => {
      for (const media of mediaIn(root)) {
        if (held.has(media)) continue;
        held.set(media, media.autoplay || !media.paused);
        media.autoplay = false;
        media.pause();
      }
    },
    release: (isTheirs) => {
      for (const [media, playing] of held) {
        if (isTheirs(media) || !playing) continue;
        media.autoplay = true;
        void media.play()?.catch(() => undefined);
      }
      held.clear();
    },
  };
}

/**
 * Hides the whole page for the few milliseconds before the list is read, so that nothing of
 * theirs in the first HTML is painted meanwhile. Opacity rather than display: the guard holds
 * the page with `display` when the address itself is a profile, and neither may undo the other.
 */
export function holdPage(root: HTMLElement): () => void {
  const style = root.style;
  const before = [style.getPropertyValue('opacity'), style.getPropertyPriority('opacity')] as const;
  style.setProperty('opacity', '0', 'important');
  return () => {
    if (before[0] === '') style.removeProperty('opacity');
    else style.setProperty('opacity', before[0], before[1]);
    if (root.getAttribute('style') === '') root.removeAttribute('style');
  };
}
