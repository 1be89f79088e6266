import type Browser from 'webextension-polyfill';
// @ts-expect-error -- CommonJS without types: one key, `browser`, the polyfill's export.
import polyfill from './polyfill.cjs';

/*
 * What `webextension-polyfill` resolves to in a build (wxt.config.ts): the same object, handed
 * over without the bundler's CommonJS interop. Imported as an ES module, a CommonJS module's
 * export has each of its properties read to be copied, and the polyfill's export is the
 * browser's own `browser` where there is one (Chrome 156, Firefox): reading every property set
 * up every extension API on every page and in the background before the first line ran (about
 * 0.7 ms in the popup, `npm run bench`). Through this file only `browser` itself is copied.
 */
export default (polyfill as { browser: typeof Browser }).browser;
