import { benchRecognition } from './profile-recognition';

// `npm run bench`: each figure next to its budget. Budgets are targets, not test assertions:
// timings on a shared 2-core machine vary too much for a test to fail on them.
const RECOGNITION_BUDGET = 1_000_000; // URLs per second with 1,000 listed profiles

console.log('Profile recognition and lookup (profileKey + listed-key lookup), 100,000 mixed URLs, median of 7 rounds');
for (const { listed, urlsPerSecond, matches } of benchRecognition()) {
  const flag = listed === 1000 ? (urlsPerSecond >= RECOGNITION_BUDGET ? '  ✓ budget ≥ 1,000,000/s' : '  ✗ budget ≥ 1,000,000/s') : '';
  console.log(`  ${String(listed).padStart(5)} listed: ${urlsPerSecond.toLocaleString('en-US').padStart(11)} URLs/s (${matches} stopped)${flag}`);
}
