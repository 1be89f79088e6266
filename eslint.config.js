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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The house in layers, each importing only from those below it (README, "How the code is laid
  // out"): content/ (data) < lib/ (pure logic) < platform/ (shared code that touches the browser)
  // < components/ (UI) < entrypoints/ (wiring). Nothing imports from a layer above its own.
  {
    files: ['content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/lib/**', '**/platform/**', '**/components/**', '**/entrypoints/**'], message: 'content/ is data: it imports nothing of the code.' }],
      }],
    },
  },
  {
    // lib/ is pure logic shared by every context: no browser APIs, no UI, no storage.
    files: ['lib/**/*.ts'],
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
          { group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*', '@webext-core/*'], message: 'lib/ is pure: browser-bound code lives in platform/.' },
          { group: ['**/platform/**', '**/components/**', '**/entrypoints/**', 'preact', 'preact/*', '@preact/*'], message: 'lib/ must not depend on the layers above it.' },
        ],
      }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history', 'performance'],
    },
  },
  {
    // platform/: code shared by the contexts that touches the browser; never the UI above it.
    files: ['platform/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/components/**', '**/entrypoints/**', 'preact', 'preact/*'], message: 'platform/ must not depend on the UI or the entrypoints above it.' }],
      }],
    },
  },
  {
    // components/: the UI, which reaches the browser and storage only through platform/.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: '#imports', message: 'components/ reach the browser and storage through platform/.' }],
        patterns: [
          { group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*', '@webext-core/*'], message: 'components/ reach the browser and storage through platform/.' },
          { group: ['**/entrypoints/**'], message: 'components/ must not depend on an entrypoint.' },
        ],
      }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'localStorage'],
    },
  },
  {
    // entrypoints/ only wire: each file that starts a context stays short; the work it starts
    // lives below.
    files: ['entrypoints/**/{main,index}.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // One clock (lib/clock.ts): code takes the time as an argument, so tests can pin it.
    files: ['lib/**/*.{ts,tsx}', 'platform/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['lib/clock.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take the time from a Clock (lib/clock.ts), passed in as an argument.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take the time from a Clock (lib/clock.ts), passed in as an argument.' },
      ],
    },
  },
);
