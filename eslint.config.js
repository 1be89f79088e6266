import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // lib/ is pure logic shared by every context: no browser APIs, no UI. Only storage.ts (the
    // one place that defines storage items) may reach for WXT's runtime.
    files: ['lib/**/*.ts'],
    ignores: ['lib/storage.ts', 'lib/messaging.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        // Names starting with "#" are listed in `paths`: in `patterns` (gitignore syntax) a
        // leading "#" makes a comment, which would match nothing.
        paths: [
          { name: '#imports', message: 'lib/ is pure: pass browser values in as arguments.' },
          // The messages' types, yes; the browser's lookup, no: words come in as a `Translate`.
          { name: '#i18n', allowTypeImports: true, message: 'lib/ is pure: take a Translate (lib/translate.ts) as an argument.' },
        ],
        patterns: [
          { group: ['wxt/*', 'webextension-polyfill', '@wxt-dev/i18n'], message: 'lib/ is pure: pass browser values in as arguments.' },
          { group: ['**/components/**', '**/entrypoints/**', 'preact', 'preact/*', '@preact/*'], message: 'lib/ must not depend on UI code.' },
        ],
      }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document'],
    },
  },
  {
    // One clock (lib/clock.ts): code takes the time as an argument, so tests can pin it.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['lib/clock.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take the time from a Clock (lib/clock.ts), passed in as an argument.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take the time from a Clock (lib/clock.ts), passed in as an argument.' },
      ],
    },
  },
  {
    // Entrypoints are wired by WXT at build time; they must not import each other.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**'], message: 'components/ must not depend on an entrypoint.' }] }],
    },
  },
);
