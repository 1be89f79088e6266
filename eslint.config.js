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
    // Entrypoints are wired by WXT at build time; they must not import each other.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**'], message: 'components/ must not depend on an entrypoint.' }] }],
    },
  },
);
