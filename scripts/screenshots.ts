/**
 * `npm run screenshots`: pictures of the extension's pages for the README, light and dark, from
 * the built extension (.output/chrome-mv3) in Debian's Chromium, with example data that is
 * written into a throwaway browser profile. Nothing is visited but the extension's own pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const extension = resolve('.output/chrome-mv3');
const out = resolve('docs/screenshots');
const profileDir = mkdtempSync(join(tmpdir(), 'letting-go-shots-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  viewport: { width: 820, height: 1040 },
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}/`;
  const page = await context.newPage();
  await page.goto(`${base}options.html`);
  const day = 86_400_000;
  const now = Date.now();
  const urge = (id: string, ago: number, outcome: string, extra: object = {}) => ({
    id, v: 1, at: now - ago, profileKey: 'instagram:someex', source: 'load', strength: 6, triggers: ['lonely'], hopingToFind: '',
    outcome, secondsOnScreen: 20, feltAfter: null, reflection: '', shownReflection: null, ...extra,
  });
  await page.evaluate(
    (items) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items),
    {
      people: [{ id: 'a', name: 'Sam', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }, { key: 'x:someex', addedAt: now }] }],
      'urge:a': urge('a', 2 * 3_600_000, 'turned-back'),
      'urge:b': urge('b', 1.5 * day, 'turned-back'),
      'urge:c': urge('c', 3 * day, 'continued', { feltAfter: 'worse' }),
    },
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${base}pause.html?via=app&url=https://www.instagram.com/someex/`);
    await page.getByRole('checkbox', { name: 'Lonely' }).check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `pause-${scheme}.png`), fullPage: true });
    await page.goto(`${base}options.html`);
    await page.getByRole('button', { name: 'Remove Instagram @someex' }).waitFor();
    await page.screenshot({ path: join(out, `options-${scheme}.png`), fullPage: true });
  }

  // The popup and the weekly summary, with two weeks of example urges (exampleWeeks below). The
  // week is set to start six days ago, so "this week" is full whatever day the script runs.
  const exampleUrges = exampleWeeks(now);
  await page.evaluate(
    async ({ urges, weekStartsOn }) => {
      const { local } = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string[]): Promise<void> } } } }).chrome.storage;
      await local.remove(Object.keys(await local.get(null)).filter((key) => key.startsWith('urge:')));
      const settings = ((await local.get(null)).settings ?? {}) as object;
      await local.set({ ...Object.fromEntries(urges.map((u) => [`urge:${u.id}`, u])), settings: { ...settings, weekStartsOn } });
    },
    { urges: exampleUrges, weekStartsOn: (new Date(now).getDay() + 1) % 7 },
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    // The popup at its natural width (23rem), in a narrow window so nothing is laid out wider.
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(`${base}popup.html`);
    await page.locator('.week-compact .headline').waitFor();
    await page.locator('ol.urge-log').waitFor();
    await page.waitForTimeout(200);
    // Cropped to the popup's own width: that is the window the browser opens. Anything laid out
    // wider than it (a browser popup would grow to fit it) is reported rather than pictured.
    const size = await page.evaluate(() => ({
      popup: Math.ceil(document.querySelector('main.popup')!.getBoundingClientRect().right),
      page: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    if (size.page > size.popup) console.warn(`popup-${scheme}: the page is ${size.page} px wide, wider than the popup (${size.popup} px)`);
    await page.screenshot({ path: join(out, `popup-${scheme}.png`), fullPage: true, clip: { x: 0, y: 0, width: size.popup, height: size.height } });
    await page.setViewportSize({ width: 960, height: 1040 });
    await page.goto(`${base}summary.html`);
    await page.getByRole('heading', { name: 'Looking back on this week' }).waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, `summary-${scheme}.png`), fullPage: true });
  }
  console.log(`Screenshots written to ${out}`);
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
}

/**
 * Two weeks of example urges, as someone a few weeks after a breakup might log them: mostly at
 * night, some at lunch; fewer and more often surfed this week than last. A few looks, one
 * answered ("worse"); the latest unanswered look makes the popup ask how it felt.
 */
function exampleWeeks(now: number) {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  type Row = [daysAgo: number, time: string, outcome: string, strength: number | null, triggers: string[], extra?: object];
  const ig = { profileKey: 'instagram:someex' };
  const x = { profileKey: 'x:someex' };
  const rows: Row[] = [
    // The week before.
    [13, '08:15', 'turned-back', 6, ['saw-something'], ig],
    [13, '23:40', 'continued', 9, ['lonely', 'alcohol'], ig],
    [12, '13:05', 'turned-back', 5, ['bored'], x],
    [12, '22:10', 'continued', 8, ['lonely'], ig],
    [11, '00:30', 'turned-back', 7, ['cant-sleep'], ig],
    [11, '21:45', 'continued', 7, ['song-or-memory'], { ...ig, hopingToFind: 'whether they’ve moved on', feltAfter: 'worse', reflection: 'It didn’t tell me anything new. I felt smaller afterwards.' }],
    [10, '19:20', 'turned-back', 4, ['bored'], x],
    [9, '12:40', 'turned-back', 5, ['saw-something'], { ...ig, source: 'app' }],
    [9, '23:15', 'turned-back', 8, ['alcohol', 'lonely'], ig],
    [8, '22:50', 'turned-back', 6, ['lonely'], ig],
    [7, '18:05', 'continued', 6, ['date'], { ...x, feltAfter: 'skipped' }],
    // This week.
    [6, '09:10', 'turned-back', 4, ['saw-something'], { ...ig, source: 'app' }],
    [6, '23:30', 'turned-back', 7, ['lonely'], ig],
    [5, '22:05', 'turned-back', 6, ['song-or-memory'], { ...ig, reflection: 'Our song came on the radio. I sat with it instead of looking.' }],
    [4, '13:20', 'turned-back', 3, ['bored'], x],
    [3, '00:45', 'turned-back', 7, ['cant-sleep'], ig],
    [3, '21:10', 'continued', 7, ['lonely'], { ...ig, hopingToFind: 'a sign they miss me' }],
    [2, '20:30', 'turned-back', 5, ['date'], ig],
    [1, '08:50', 'turned-back', 3, ['saw-something'], { ...x, source: 'app' }],
    [1, '22:40', 'turned-back', 4, ['lonely'], ig],
  ];
  const at = (daysAgo: number, time: string) => {
    const day = new Date(midnight);
    day.setDate(day.getDate() - daysAgo);
    const [h, m] = time.split(':').map(Number);
    day.setHours(h!, m!);
    return day.getTime();
  };
  const urges = rows.map(([daysAgo, time, outcome, strength, triggers, extra], i) => ({
    id: `example-${i}`, v: 1, at: at(daysAgo, time), profileKey: null as string | null, source: 'load', strength, triggers, hopingToFind: '',
    outcome, secondsOnScreen: 12 + ((i * 7) % 40), feltAfter: null, reflection: '', shownReflection: null, ...extra,
  }));
  // Today so far, relative to now: one logged by hand, one surfed moments ago.
  urges.push(
    { id: 'example-today-1', v: 1, at: now - 3 * 3_600_000, profileKey: null, source: 'manual', strength: 5, triggers: ['song-or-memory'], hopingToFind: '', outcome: 'turned-back', secondsOnScreen: 0, feltAfter: null, reflection: '', shownReflection: null },
    { id: 'example-today-2', v: 1, at: now - 35 * 60_000, profileKey: 'instagram:someex', source: 'load', strength: 4, triggers: ['bored'], hopingToFind: '', outcome: 'turned-back', secondsOnScreen: 31, feltAfter: null, reflection: '', shownReflection: null },
  );
  return urges;
}
