#!/usr/bin/env node
// Runs the unit suite with the machine's clock set to another moment (Debian's faketime), in the
// tests' time zone: far from today, and on the night the clocks change. Each test then starts
// at that faked time instead of the pinned one (tests/unit/clock.ts), so a test that quietly
// relies on one particular day, week or offset fails here.
// Usage: node scripts/unit-tests-at.mjs '2031-06-15 12:00:00'
import { execFileSync } from 'node:child_process';

const [at] = process.argv.slice(2);
if (at === undefined) throw new Error("usage: unit-tests-at.mjs 'YYYY-MM-DD hh:mm:ss'");
execFileSync(process.execPath, ['scripts/ensure-debian.mjs', 'faketime'], { stdio: 'inherit' });
console.log(`Unit tests with the clock at ${at} (Europe/Berlin)`);
execFileSync('faketime', [at, 'npx', 'vitest', 'run', '--reporter=dot'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    TZ: 'Europe/Berlin',
    LETTING_GO_TEST_CLOCK: 'system',
    // Node's timers and the test runner's timeouts keep the real monotonic clock.
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
  },
});
