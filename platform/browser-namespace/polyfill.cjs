// The polyfill's `browser`, under a key of its own (see index.ts). CommonJS on purpose: a
// `require` between CommonJS modules hands the export over as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
exports.browser = require('webextension-polyfill/dist/browser-polyfill.js');
