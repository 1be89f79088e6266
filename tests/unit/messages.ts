import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing';

/*
 * The messages as the browser would serve them: each locales/*.yml built the way the i18n module
 * builds _locales/<lang>/messages.json. WXT's fake browser has no i18n, so the setup makes
 * `browser.i18n.getMessage` read these, and components/i18n.ts's real `t` works in tests.
 */

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

async function load(language: Language): Promise<Readonly<Record<string, string>>> {
  // Vitest runs from the project's root (happy-dom gives modules no file: URL to resolve against).
  const file = resolve('locales', `${language}.yml`);
  const built = generateChromeMessages(await parseMessagesFile(file)) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(built).map(([name, { message }]) => [name, message]));
}

export const messages: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en: await load('en'), es: await load('es') };

/**
 * Serves `browser.i18n.getMessage` from one language, as a browser set to it would. Messages
 * use {named} placeholders only (a test checks), so the browser's $1 substitutions have nothing
 * to replace.
 */
export function useLanguage(language: Language): void {
  fakeBrowser.i18n.getMessage = (name: string) => messages[language][name] ?? '';
}
