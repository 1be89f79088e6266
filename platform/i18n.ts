import { browser } from '#imports';
import { i18n } from '#i18n';
import { type MessageKey, type MessageLookup, type Translate, translator } from '../lib/translate';

/*
 * The one place every context (pages and background) gets its words and its locale. Messages
 * are the browser's (`_locales/`, built from locales/*.yml): it picks the user's language, or
 * English. No UI library here, so the background can use it too (rich.ts adds elements).
 */

/** The user's locale for dates and numbers: the browser's own language, as its messages follow. */
export const locale: string = browser.i18n.getUILanguage() || navigator.language;

// @wxt-dev/i18n's `t` picks the plural form by the count and fills in the {names}; its own types
// want literal arguments, so it is called untyped here and typed by `Translate` instead.
const lookup: MessageLookup = (key, count, values) => (i18n.t as unknown as (key: string, ...args: unknown[]) => string)(key, count, values);

/** Every word the interface shows: `t('pause.heading')`, `t('count.urges', 3)`. */
export const t: Translate = translator(lookup, locale);

/** A message with its {names} left in, for rich.ts to put elements there. */
export const template = (key: MessageKey): string => lookup(key, undefined, {});

/** Gives the page its title and the language its words are in (for screen readers and hyphens). */
export function localisePage(title: string): void {
  document.documentElement.lang = t('lang');
  document.title = title;
}
