import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, messages } from './messages';

/*
 * The message files themselves: every language has every message, with the same {placeholders}
 * and plural forms, and nothing the browser would misread.
 */

const parsed = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (language) => [language, await parseMessagesFile(resolve('locales', `${language}.yml`))] as const)),
) as Record<(typeof LANGUAGES)[number], ParsedMessage[]>;
const byKey = (language: (typeof LANGUAGES)[number]) =>
  new Map(parsed[language].filter((message) => !message.key[0]!.startsWith('@@')).map((message) => [message.key.join('.'), message]));
const english = byKey('en');

/** What a translation must keep: its {names}, and its plural forms (1, n…) if it has any. */
const shape = (message: ParsedMessage) => ({
  names: [...message.namedSubstitutions].sort(),
  plural: message.type === 'plural' ? Object.keys(message.plurals) : null,
});

describe.each(LANGUAGES.filter((language) => language !== 'en'))('the %s messages', (language) => {
  const translated = byKey(language);

  it('have every English message, with the same placeholders and plural forms', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, message] of english) expect({ key, ...shape(translated.get(key)!) }).toEqual({ key, ...shape(message) });
  });

  it('name their own language', () => {
    expect(messages[language].lang).toBe(language);
  });
});

describe.each(LANGUAGES)('the %s messages as built for the browser', (language) => {
  const built = Object.entries(messages[language]);

  it('are none of them empty, and use only {named} placeholders', () => {
    for (const [name, message] of built) {
      expect(message.trim(), name).not.toBe('');
      // "$" is the browser's own placeholder mark, and " | " separates plural forms.
      expect(message, name).not.toContain('$');
      const forms = message.split(' | ');
      for (const form of forms) expect(form.trim(), name).not.toBe('');
    }
  });

  it('fit the stores: a name of 75 characters at most and a description of 132', () => {
    expect(messages[language].extName!.length).toBeLessThanOrEqual(75);
    expect(messages[language].extDescription!.length).toBeLessThanOrEqual(132);
  });
});

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? codeFiles(path) : /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('every English message', () => {
  it('is used somewhere in the code (no message is left behind when its text goes)', () => {
    const files = ['lib', 'platform', 'components', 'entrypoints', 'content'].flatMap(codeFiles);
    const code = [...files, 'wxt.config.ts'].map((file) => readFileSync(file, 'utf8')).join('\n');
    const unused = [...english.keys()].filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key.replaceAll('.', '_')}__`));
    expect(unused).toEqual([]);
  });
});
