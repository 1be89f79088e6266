import { benchBrowser } from './browser';
import { benchFeeds } from './feeds';
import { benchLimits } from './limits';
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
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
  // Each page against the floor measured in the same run: a bare one-line extension page.
  const ratio = (value: number, target: number) => {
    const times = value / browser.barePageMs;
    return `${times.toFixed(2)}× the floor  ${mark(times <= target)} target ≤ ${target}×`;
  };
  console.log('In Chromium, from navigation to the frame presented (median of 31):');
  console.log(`  A bare one-line extension page (the floor):      ${ms(browser.barePageMs)}`);
  console.log(`    the same, the line written by a module script: ${ms(browser.bareModulePageMs)}  (as every page built by WXT starts)`);
  console.log(`  Popup with 10,000 urges, this week shown:       ${ms(browser.popupWeekMs)}  ${ratio(browser.popupWeekMs, 1.3)}`);
  console.log(`  Pause page with 10,000 urges, "Go back" focused: ${ms(browser.pauseInteractiveMs)}  ${ratio(browser.pauseInteractiveMs, 1.5)}${browser.pauseFocusedAfterFrame > 0 ? `  (${browser.pauseFocusedAfterFrame} focused only after their first frame)` : ''}`);
  console.log(`  First popup after an update (digest counted by it): ${ms(browser.popupFirstAfterUpdateMs)}  ${ratio(browser.popupFirstAfterUpdateMs, 3)}`);
  console.log(`    opened the moment the new version starts (while it counts): ${ms(browser.popupAsUpdateStartsMs)}`);
}

const limits = await benchLimits();
if (typeof limits === 'string') {
  console.log(`Limits ${limits}`);
} else {
  console.log('Limits, in Chromium with the built extension (profiles spread over the 12 networks):');
  console.log(`  Largest list with a request rule for every profile: ${number(limits.largestCovered)} (${number(limits.regexRulesAtLargest)} regex rules of 1,000, ${number(1000 - 960)} kept for "Continue"); ${limits.firstUncovered === null ? 'no limit reached' : `at ${number(limits.firstUncovered)} some are left without, and the settings page says so`}  ${mark(limits.largestCovered >= 2000)} budget ≥ 2,000`);
  console.log(`  Largest list whose archive and mirror copies are covered too: ${number(limits.largestWithCopies)}`);
  console.log(`  Urges that fit in Chrome's default 10 MB: ${number(limits.urgesIn10Mb.typical)} typical, ${number(limits.urgesIn10Mb.longNotes)} with long notes; with unlimitedStorage ${number(limits.urgesWithUnlimited)} stored and no limit reached`);
  console.log(`  Pause page to "Go back" focused with storage full: ${limits.pauseWhenFullMs.toFixed(0)} ms (with room: ${limits.pauseNotFullMs.toFixed(0)} ms), median of 7`);
}

const feeds = await benchFeeds();
if (typeof feeds === 'string') {
  console.log(`Feed script overhead ${feeds}`);
} else {
  console.log(`Feed script, a stand-in feed appending 1,000 posts in batches of 50 (median of ${feeds.runs}, main-thread time):`);
  console.log(`  without it ${feeds.withoutMs.toFixed(0)} ms, with it ${feeds.withMs.toFixed(0)} ms (${feeds.hidden} of their posts hidden): ${feeds.ratio.toFixed(3)}×  ${mark(feeds.ratio <= 1.1)} budget ≤ 1.10×`);
}
