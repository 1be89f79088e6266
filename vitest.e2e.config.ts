import { defineConfig } from 'vitest/config';

/**
 * Browser tests: real Chromium and Firefox against local stand-in sites (tests/e2e/harness).
 * Run after `npm run build` and `npm run build:firefox`:
 *   npx vitest run --config vitest.e2e.config.ts
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    // One browser at a time: the machine has 2 cores, and parallel browsers make timing-sensitive
    // checks (was a frame painted?) flaky.
    fileParallelism: false,
    // Launching a browser takes 1-4 s; a test may launch two (restart). Generous, not infinite.
    testTimeout: 60_000,
    // A real browser on a 2-core machine now and then misses a timing window (a first animation
    // frame, a service worker mid-stop). One more try tells such a miss from a failure, which
    // fails both times; every retry is listed in the output.
    retry: 1,
    hookTimeout: 60_000,
    // A wait on the browser (expect.poll) gives it 10 s, looking every 25 ms, unless the wait says
    // otherwise; vitest's 1 s suits unit tests, not a browser on a busy 2-core machine.
    expect: { poll: { timeout: 10_000, interval: 25 } },
    teardownTimeout: 30_000,
    // Makes the TLS certificate once per run for every test file.
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    pool: 'forks',
  },
});
