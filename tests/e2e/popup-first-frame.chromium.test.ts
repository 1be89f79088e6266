/**
 * The popup with a year of logging, in the real extension (Chromium, .output/chrome-mv3): what
 * the user sees as it opens.
 *
 * - About 3,000 urges over the past year, written as an older version left them (no digest):
 *   the popup's first opening still shows the right week, and leaves an `urgeDigest` behind.
 * - Opened again, the first animation frame in which the popup has any content already holds
 *   this week's headline: no frame of an empty or half-filled popup. The log (which needs every
 *   urge) fills in afterwards, and the whole storage is read only after that first frame.
 * - An urge saved through the real pause screen ("Go back") is counted in the headline of the
 *   popup's next opening, again from its first frame with content.
 *
 * Frames are recorded by a requestAnimationFrame loop the page runs from document start: each
 * callback notes what the DOM holds as that frame is drawn (and reads of the whole storage note
 * the frame they began in). Only the order and the content of frames are checked, never their
 * timing.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import { type ExtensionControl, waitForPause } from './harness/interception';
import { neutralLinkName } from './harness/stand-in-sites';
import type { Outcome, StoredSettings, StoredUrge, Trigger, Weekday } from './harness/stored';
import { readDigest } from '../../lib/urge-history';

// Extension APIs, as the callbacks passed to page.evaluate() see them inside extension pages.
declare const chrome: {
  storage: { local: { get(keys: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TRIGGERS: readonly Trigger[] = ['lonely', 'bored', 'saw-something', 'song-or-memory', 'date', 'alcohol', 'cant-sleep', 'other'];
const TOTAL = 3_000;

/**
 * The week starts yesterday, so urges of the last 20 hours are this week and those 3-6 days old
 * last week, whatever the day and the locale. A one-second breath keeps the pause quick.
 */
const weekStartsOn = new Date(Date.now() - DAY).getDay() as Weekday;
const SETTINGS: StoredSettings = { allowanceMinutes: 5, breathSteps: [1], strict: false, weekStartsOn };

test.beforeEach(async ({ control }) => {
  await control.set({ settings: SETTINGS });
  await control.listProfiles(['instagram:someex']);
});

/** An urge as the extension stores it (lib/urge.ts, version 1). */
function urge(id: string, at: number, outcome: Outcome, i: number): StoredUrge {
  return {
    id,
    v: 1,
    at,
    profileKey: i % 3 === 0 ? 'x:someex' : 'instagram:someex',
    source: i % 5 === 0 ? 'app' : 'load',
    strength: (i % 10) + 1,
    triggers: [TRIGGERS[i % TRIGGERS.length]!],
    hopingToFind: '',
    outcome,
    secondsOnScreen: 0,
    feltAfter: null,
    reflection: '',
    shownReflection: null,
  };
}

/**
 * A year of urges: seven within the last 20 hours (this week: 5 turned back, 1 looked, 1
 * undecided), four 3 to 6 days ago (last week: 2 turned back, 2 looked), and the rest spread
 * over the year before the last three weeks, shaped like bench/week-summary.ts syntheticUrges.
 */
function seededUrges(now: number): StoredUrge[] {
  const thisWeek: Outcome[] = ['turned-back', 'turned-back', 'continued', 'turned-back', 'undecided', 'turned-back', 'turned-back'];
  const lastWeek: Outcome[] = ['turned-back', 'continued', 'turned-back', 'continued'];
  const older = TOTAL - thisWeek.length - lastWeek.length;
  const span = 340 * DAY;
  return [
    ...thisWeek.map((outcome, i) => urge(`week-${i}`, now - (i + 1) * 2 * HOUR - 60_000, outcome, i)),
    ...lastWeek.map((outcome, i) => urge(`last-${i}`, now - (3 + i) * DAY, outcome, i)),
    ...Array.from({ length: older }, (_, i) =>
      urge(`old-${i}`, now - 21 * DAY - Math.floor((((i * 7919) % older) / older) * span), i % 4 === 0 ? 'continued' : 'turned-back', i),
    ),
  ];
}

// --- What the popup should read, worked out here from the urges (not with the extension's code).

const startOfDay = (t: number): number => new Date(t).setHours(0, 0, 0, 0);
const addDays = (t: number, days: number): number => {
  const d = new Date(t);
  d.setDate(d.getDate() + days);
  return d.getTime();
};
/** The latest start of a day falling on `weekday`, at or before `now`. */
const weekStart = (now: number, weekday: number): number => addDays(startOfDay(now), -((new Date(now).getDay() - weekday + 7) % 7));

interface Tally {
  urges: number;
  turnedBack: number;
  continued: number;
}
/** Every urge that did not go on to the profile counts as turned back (an open or left pause too). */
const isTurnedBack = (u: StoredUrge): boolean => u.outcome === 'turned-back' || u.outcome === 'undecided';
function tally(urges: readonly StoredUrge[], from: number, to: number): Tally {
  const inWeek = urges.filter((u) => u.at >= from && u.at < to);
  return {
    urges: inWeek.length,
    turnedBack: inWeek.filter(isTurnedBack).length,
    continued: inWeek.filter((u) => u.outcome === 'continued').length,
  };
}

/** The week's headline (WeekCompact, locales/en.yml `week.*`), in counts: "7 urges · 6 turned back · 1 look". */
function expectedHeadline(urges: readonly StoredUrge[], now: number): string {
  const week = tally(urges, weekStart(now, weekStartsOn), Infinity);
  const looks = week.continued === 0 ? '' : ` · ${week.continued} ${week.continued === 1 ? 'look' : 'looks'}`;
  return `${week.urges} ${week.urges === 1 ? 'urge' : 'urges'} · ${week.turnedBack} turned back${looks}`;
}

/** "You have turned back 2,241 times in all." */
const expectedTurnedBackTotal = (urges: readonly StoredUrge[]): string => {
  const n = urges.filter(isTurnedBack).length;
  return `You have turned back ${new Intl.NumberFormat('en').format(n)} ${n === 1 ? 'time' : 'times'} in all.`;
};

// --- The frame recorder.

interface Frame {
  /** `main.popup` is in the document. */
  popup: boolean;
  /** Characters of text in the body: anything at all shown. */
  text: number;
  /** The "This week" section's heading, and its headline, as this frame shows them. */
  week: string | null;
  headline: string | null;
  /** Entries in the log list. */
  log: number;
}

/**
 * Given to addInitScript as a string: a function would be serialised with the helpers the test
 * compiler adds to it (__name), which do not exist in the page. Runs from document start, in the
 * page's main world, before any of the page's code:
 * - each animation frame notes what it is about to show (window.__frames), stopping after 5,000
 *   frames (over a minute), long after anything here has been read;
 * - each read of the whole of storage.local (how every urge is read: WXT's storage.snapshot
 *   calls get() with no keys) notes how many frames had been recorded when it began
 *   (window.__fullReads). chrome.storage.local is the object behind WXT's `browser` too.
 */
const FRAME_RECORDER = `(() => {
  const frames = [];
  const fullReads = [];
  window.__frames = frames;
  window.__fullReads = fullReads;
  const area = chrome.storage.local;
  const get = area.get;
  area.get = function (...args) {
    if (args.length === 0 || args[0] == null) fullReads.push(frames.length);
    return get.apply(this, args);
  };
  const text = (el) => (el ? el.textContent.replace(/\\s+/g, ' ').trim() : null);
  const tick = () => {
    frames.push({
      popup: document.querySelector('main.popup') !== null,
      text: document.body ? document.body.textContent.replace(/\\s+/g, '').length : 0,
      week: text(document.getElementById('week-heading')),
      headline: text(document.querySelector('.week-compact .headline')),
      log: document.querySelectorAll('.urge-log > li').length,
    });
    if (frames.length < 5000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const recordedFrames = (page: Page): Promise<Frame[]> => page.evaluate('window.__frames') as Promise<Frame[]>;
/** For each read of the whole storage, how many frames had been recorded as it began. */
const fullReads = (page: Page): Promise<number[]> => page.evaluate('window.__fullReads') as Promise<number[]>;

/** Opens the popup in a tab of a popup's size, recording its frames from the start. */
async function openPopup(chromium: ChromiumSession): Promise<Page> {
  const page = await chromium.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript(FRAME_RECORDER);
  await page.goto(chromium.extensionUrl('popup.html'));
  return page;
}

const headlineText = async (page: Page): Promise<string> => ((await page.locator('.week-compact .headline').textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the log is read: its first five entries and "Show more (N older)" for the rest. */
async function waitForFullLog(page: Page, urgeCount: number): Promise<void> {
  await page.getByRole('button', { name: `Show more (${new Intl.NumberFormat('en').format(urgeCount - 5)} older)` }).waitFor();
  expect(await page.locator('.urge-log > li').count()).toBe(5);
}

/**
 * The frames from the first one with any content on (those before it show nothing at all, the
 * document's white): that one must already show the week, and every later one too, with the
 * same headline (no flicker while every urge is read).
 */
async function expectWeekFromFirstFrame(page: Page, headline: string): Promise<{ first: number; shown: Frame[] }> {
  const frames = await recordedFrames(page);
  const first = frames.findIndex((f) => f.popup || f.text > 0);
  expect(first, `a frame with content among ${frames.length}`).toBeGreaterThanOrEqual(0);
  const shown = frames.slice(first);
  expect(shown[0], 'the first frame with content').toMatchObject({ popup: true, week: 'This week', headline });
  const odd = shown.map((f, i) => ({ ...f, frame: first + i })).filter((f) => !f.popup || f.week !== 'This week' || f.headline !== headline);
  expect(odd, 'frames after the first without the same week').toEqual([]);
  return { first, shown };
}

/**
 * Every urge is read only after the week is on screen: the log is not in the first frame with
 * content but comes in a later one, and each read of the whole storage began after that frame
 * was recorded. (The popup also starts reading if no frame comes within 250 ms, for pages
 * that are never drawn: a frame that late would fail this, once, and be retried.)
 */
async function expectLogAfterFirstFrame(page: Page, first: number, shown: readonly Frame[]): Promise<void> {
  expect(shown[0]!.log, 'log entries in the first frame with content').toBe(0);
  expect(shown.some((f) => f.log === 5), 'a later frame shows the log').toBe(true);
  const reads = await fullReads(page);
  expect(reads.length, 'reads of the whole storage').toBeGreaterThan(0);
  expect(reads.filter((frames) => frames <= first), `reads of every urge begun before the first frame with content (frame ${first}): ${JSON.stringify(reads)}`).toEqual([]);
}

/** Stores the year of urges as an older version left them, with no digest: nothing else is stored. */
async function seedYear(control: ExtensionControl): Promise<StoredUrge[]> {
  const seeded = seededUrges(Date.now());
  const page = await control.open();
  await page.evaluate(async (items) => {
    const stale = Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('urge:') || key === 'urgeDigest');
    await chrome.storage.local.remove(stale);
    await chrome.storage.local.set(items);
  }, Object.fromEntries(seeded.map((u) => [`urge:${u.id}`, u])));
  return seeded;
}

/**
 * The year as the popup's first opening leaves it (the first test below): the seeded urges,
 * nothing else, and a digest. Seeded and opened once unless that is what is stored already.
 */
async function yearWithDigest(chromium: ChromiumSession, control: ExtensionControl): Promise<void> {
  const stored = await control.urges();
  const asLeft = stored.length === TOTAL && stored.every((u) => /^(week|last|old)-\d+$/.test(u.id)) && (await control.get('urgeDigest')) !== undefined;
  if (asLeft) return;
  await seedYear(control);
  const popup = await openPopup(chromium);
  await waitForFullLog(popup, TOTAL);
  await expect.poll(() => control.get('urgeDigest'), { message: 'the urgeDigest key to be stored' }).toBeDefined();
  await popup.close();
}

test('a year of urges and no digest (as an older version left them): the first opening shows the right week, and stores a digest', async ({ chromium, control }) => {
  const seeded = await seedYear(control);
  const now = Date.now();
  // Worked out by hand: 7 this week, 1 of them a look (the undecided one counts as turned back).
  expect(expectedHeadline(seeded, now)).toBe('7 urges · 6 turned back · 1 look');
  expect(await control.urges()).toHaveLength(TOTAL);
  expect(await control.get('urgeDigest')).toBeUndefined();

  const popup = await openPopup(chromium);
  try {
    await expect.poll(() => popup.locator('.week-compact .headline').count(), { message: 'the week headline' }).toBeGreaterThan(0);
    expect(await headlineText(popup)).toBe(expectedHeadline(seeded, Date.now()));
    const streaks = (await popup.locator('.week-compact .streaks li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    // Every turned-back urge of the year counts, the folded ones too.
    expect(streaks[0]).toContain(expectedTurnedBackTotal(seeded));
    await waitForFullLog(popup, TOTAL);
    await expect.poll(() => control.get('urgeDigest'), { message: 'the urgeDigest key to be stored' }).toBeDefined();
    // Stored in this version's form, which the pages read back.
    const digest = readDigest(await control.get('urgeDigest'));
    expect(digest).not.toBeNull();
    // This week's and last week's urges are listed in it, the year before only counted.
    expect(digest!.recent.map((facts) => facts.id).sort()).toEqual([...seeded.slice(0, 11).map((u) => u.id)].sort());
  } finally {
    await popup.close();
  }
});

test('opened again: the first frame with anything in it already shows this week; the log fills in after', async ({ chromium, control }) => {
  await yearWithDigest(chromium, control);
  const urges = await control.urges();
  expect(urges).toHaveLength(TOTAL);
  expect(await control.get('urgeDigest')).toBeDefined();
  const popup = await openPopup(chromium);
  try {
    await waitForFullLog(popup, TOTAL);
    const { first, shown } = await expectWeekFromFirstFrame(popup, expectedHeadline(urges, Date.now()));
    await expectLogAfterFirstFrame(popup, first, shown);
  } finally {
    await popup.close();
  }
});

test('an urge saved through the pause screen ("Go back") is in the headline of the next opening, from its first frame', async ({ chromium, control, page }) => {
  await yearWithDigest(chromium, control);
  const before = await control.urges();
  await page.goto('https://news.example.test/');
  await page.getByRole('link', { name: neutralLinkName('https://www.instagram.com/someex/'), exact: true }).click();
  await waitForPause(chromium, page, 'Instagram @someex');
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect.poll(() => page.url(), { message: 'the news page again' }).toBe('https://news.example.test/');
  await page.close();
  let after: StoredUrge[] = [];
  await expect
    .poll(
      async () => {
        after = await control.urges();
        return after.filter((u) => !before.some((b) => b.id === u.id)).map((u) => u.outcome);
      },
      { message: 'the new urge to be stored as turned back' },
    )
    .toEqual(['turned-back']);
  const headline = expectedHeadline(after, Date.now());
  // One more urge this week, turned back: both counts move.
  expect(headline).toBe('8 urges · 7 turned back · 1 look');
  expect(headline).not.toBe(expectedHeadline(before, Date.now()));

  const popup = await openPopup(chromium);
  try {
    await waitForFullLog(popup, after.length);
    const { first, shown } = await expectWeekFromFirstFrame(popup, headline);
    await expectLogAfterFirstFrame(popup, first, shown);
    // The newest entry of the log is that visit.
    const newest = (await popup.locator('ol.urge-log > li.urge .urge-line').first().textContent())?.replace(/\s+/g, ' ').trim();
    expect(newest).toMatch(/^Turned back · .* · Instagram @someex$/);
  } finally {
    await popup.close();
  }
});
