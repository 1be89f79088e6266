import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { hostMatchPatterns } from './lib/host-permissions';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere (`#imports`), so every file shows where its names come from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Letting Go',
    description: 'A gentle pause before you check your ex’s profiles. Private by design: nothing leaves your device.',
    permissions: ['storage'],
    host_permissions: hostMatchPatterns(),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'letting-go@letting-go.app',
          strict_min_version: '140.0',
          // The honest answer: the extension collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
