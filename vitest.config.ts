import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  // WxtVitest does not copy the Vite plugins from wxt.config.ts, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Week maths and clocks are tested in a fixed zone; individual tests may pin another.
    env: { TZ: 'Europe/Berlin' },
    restoreMocks: true,
  },
});
