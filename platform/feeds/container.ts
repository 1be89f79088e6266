import { type FeedTable, NEVER_HIDE, NEVER_HOLD } from '../../lib/networks/feeds';

/** How far the generic fallback climbs from a link: an item is rarely deeper than this. */
const MAX_CLIMB = 8;
const LINKS = 'a[href],area[href]';
// A search box or a form is the page's, never part of someone's item.
const CONTROLS = 'input,textarea,select,form,[contenteditable]';

/** Whether `element` is one of a row of alike siblings (three or more): an item of a list. */
function inRow(element: Element): boolean {
  let alike = 0;
  for (let sibling = element.parentElement?.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling.localName === element.localName && ++alike === 3) return true;
  }
  return false;
}

/**
 * The item to hide for `element` (a link to them, or an element that names them): the smallest
 * item of the network's table that holds it (`items`: every selector of the table, joined), taken
 * further where the table says so (a top-level comment takes its thread). Where no row fits, the
 * generic fallback climbs from the element while everything above still links only to them (or
 * to no one) and holds no search box, and stops at an item of a list. Never the page, its main
 * region, a feed or a list, nor anything holding one of those: then the element alone.
 */
export function containerOf(element: Element, table: FeedTable, items: string, theirs: (link: Element) => boolean): Element {
  let item = items === '' ? null : element.closest(items);
  if (item !== null) {
    for (const [from, to] of table.escalate ?? []) if (item.matches(from)) item = item.parentElement?.closest(to) ?? item;
  } else {
    item = element;
    for (let up = element.parentElement, steps = 0; up !== null && steps < MAX_CLIMB && !up.matches(NEVER_HIDE); up = up.parentElement, steps++) {
      if (up.querySelector(CONTROLS) !== null || ![...up.querySelectorAll(LINKS)].every(theirs)) break;
      item = up;
      if (inRow(up)) break;
    }
  }
  return item.matches(NEVER_HIDE) || item.querySelector(NEVER_HOLD) !== null ? element : item;
}
