import { benchBrowser } from './browser';
import { benchRecognition } from './profile-recognition';
import { benchWeekSummary } from './week-summary';

// `npm run bench`: each figure next to its budget. Budgets are targets, not test assertions:
// timings on a shared 2-core machine vary too much for a test to fail on them.
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const number = (n: number) => n.toLocaleString('en-US');

console.log('Profile recognition and lookup (profileKey + listed-key lookup), 100,000 mixed URLs, median of 7 rounds');
for (const { listed, urlsPerSecond, matches } of benchRecognition()) {
  const budget = listed === 1000 ? `  ${mark(urlsPerSecond >= 1_000_000)} budget ≥ 1,000,000/s` : '';
  console.log(`  ${String(listed).padStart(5)} listed: ${number(urlsPerSecond).padStart(11)} URLs/s (${matches} stopped)${budget}`);
}

const summary = benchWeekSummary();
console.log(`Weekly summary over 100,000 urges, as stored (oldest first): ${summary.sortedWeek.toFixed(2)} ms (median of 9)  ${mark(summary.sortedWeek <= 20)} budget ≤ 20 ms`);
console.log(`Weekly summary over 100,000 urges in any order (full scan): ${summary.week.toFixed(1)} ms (median of 9)`);
console.log(`Streaks over 100,000 urges: ${summary.streaks.toFixed(1)} ms (median of 9)`);

const browser = await benchBrowser();
if (typeof browser === 'string') {
  console.log(`Browser timings ${browser}`);
} else {
  console.log(`Popup with 10,000 urges, navigation to this week shown: ${browser.popupWith10kUrgesMs.toFixed(0)} ms (median of 9)  ${mark(browser.popupWith10kUrgesMs <= 50)} budget ≤ 50 ms`);
  console.log(`Pause page, navigation to interactive ("Go back" focused): ${browser.pauseInteractiveMs.toFixed(0)} ms (median of 9)`);
}
