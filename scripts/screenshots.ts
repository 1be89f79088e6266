/**
 * `npm run screenshots`: pictures of the extension's pages for the README, from the built
 * extension (.output/chrome-mv3) in Debian's Chromium, at the sizes people use it (the pause in a
 * 1366×650 laptop window and a 360×640 phone-sized one, the popup at 360×600), light and dark,
 * and in Spanish, with example data written into a throwaway browser profile. Nothing is
 * visited but the extension's own pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const extension = resolve('.output/chrome-mv3');
const out = resolve('docs/screenshots');
const SIZES = { laptop: { width: 1366, height: 650 }, phone: { width: 360, height: 640 }, popup: { width: 360, height: 600 } };
const day = 86_400_000;
const now = Date.now();

// In the page: the extension's own storage (these functions are sent to the page as they are).
type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
const setItems = (page: Page, items: Record<string, unknown>) =>
  page.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.set(value), items);
const getItem = (page: Page, key: string) =>
  page.evaluate(async (k) => (await (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.get(k))[k], key);

/** A browser with the built extension in a throwaway profile, in English or Spanish. */
async function open(language: 'en' | 'es'): Promise<{ context: BrowserContext; base: string; page: Page; done: () => Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'letting-go-shots-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: language,
    env: { ...process.env, LANGUAGE: language, LANG: language === 'es' ? 'es_ES.UTF-8' : 'en_US.UTF-8' },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--lang=${language}`, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    viewport: SIZES.laptop,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}/`;
  const page = await context.newPage();
  await page.goto(`${base}options.html`);
  await example(page, language);
  return {
    context,
    base,
    page,
    done: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * The example data: one person with two profiles, two weeks of urges (exampleWeeks below), a
 * breakup five weeks ago, two plans and two reasons, a letter. The week is set to start six days
 * ago, so "this week" is full whatever day the script runs.
 */
async function example(page: Page, language: 'en' | 'es'): Promise<void> {
  const urges = exampleWeeks(now);
  const breakup = new Date(now - 33 * day);
  // The user's own words, in the language they write in.
  const ownWords =
    language === 'es'
      ? {
          plans: [
            { id: 'night', when: { kind: 'hours', from: 22, to: 2 }, then: 'dejar el móvil en la cocina' },
            { id: 'lonely', when: { kind: 'trigger', trigger: 'lonely' }, then: 'llamar a Maya' },
          ],
          reasons: ['Quiero recuperar mis noches.', 'Cada vez que miro, retrocedo unos días.'],
        }
      : {
          plans: [
            { id: 'night', when: { kind: 'hours', from: 22, to: 2 }, then: 'put the phone in the kitchen' },
            { id: 'lonely', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' },
          ],
          reasons: ['I want my evenings back.', 'Every look sets me back a few days.'],
        };
  await setItems(page, {
      people: [{ id: 'a', name: 'Sam', addedAt: now - 30 * day, profiles: [{ key: 'instagram:someex', addedAt: now - 30 * day }, { key: 'x:someex', addedAt: now - 30 * day }], hideInFeeds: true, search: { on: true, terms: ['Sammy'] } }],
      ...Object.fromEntries(urges.map((u) => [`urge:${u.id}`, u])),
      settings: { weekStartsOn: (new Date(now).getDay() + 1) % 7, breathSteps: [2], breakupDate: `${breakup.getFullYear()}-${String(breakup.getMonth() + 1).padStart(2, '0')}-${String(breakup.getDate()).padStart(2, '0')}` },
      ownWords,
      'letter:example': { id: 'example', at: now - 2 * day, text: 'I keep wanting to tell you about my day. I am writing it here instead, where it stays.' },
      welcomeShown: true,
  });
}

/** The pause as a visit the user started reaches it (the request rules and the guard carry the pass). */
async function pauseUrl(page: Page, base: string): Promise<string> {
  let pass: unknown;
  for (let i = 0; i < 50 && typeof pass !== 'string'; i++) {
    pass = await getItem(page, 'pausePass');
    if (typeof pass !== 'string') await page.waitForTimeout(100);
  }
  return `${base}pause.html?via=load&pass=${String(pass)}&url=https://www.instagram.com/someex/`;
}

async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: options.fullPage ?? false });
  console.log(`  ${name}.png`);
}

const english = await open('en');
try {
  const { page, base } = english;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    // The pause as it opens (the first thing in view), then after its breath, with its one question.
    for (const [size, viewport] of [['laptop', SIZES.laptop], ['phone', SIZES.phone]] as const) {
      await page.setViewportSize(viewport);
      await page.goto(await pauseUrl(page, base));
      await page.locator('h1').waitFor();
      await shoot(page, `pause-${size}-${scheme}`);
    }
    await page.setViewportSize(SIZES.laptop);
    await page.goto(await pauseUrl(page, base));
    const trigger = page.getByRole('checkbox', { name: 'Lonely', exact: true });
    const strength = page.getByRole('radio', { name: '6', exact: true });
    await Promise.race([trigger.waitFor(), strength.waitFor()]);
    if ((await trigger.count()) > 0) await trigger.check();
    else await strength.check();
    await shoot(page, `pause-answered-${scheme}`);

    // The popup at the size the browser opens it.
    await page.setViewportSize(SIZES.popup);
    await page.goto(`${base}popup.html`);
    await page.locator('.week-compact .headline').waitFor();
    await page.locator('ol.urge-log').waitFor();
    await shoot(page, `popup-${scheme}`);

    await page.setViewportSize(SIZES.laptop);
    await page.goto(`${base}summary.html`);
    await page.locator('h1').first().waitFor();
    await shoot(page, `summary-${scheme}`, { fullPage: true });
    await page.goto(`${base}options.html`);
    await page.getByRole('button', { name: 'Remove Instagram @someex' }).waitFor();
    await shoot(page, `options-${scheme}`, { fullPage: true });
    await page.goto(`${base}letter.html`);
    await page.locator('h1').waitFor();
    await shoot(page, `letter-${scheme}`);
  }
} finally {
  await english.done();
}

const spanish = await open('es');
try {
  const { page, base } = spanish;
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  for (const [size, viewport] of [['laptop', SIZES.laptop], ['phone', SIZES.phone]] as const) {
    await page.setViewportSize(viewport);
    await page.goto(await pauseUrl(page, base));
    await page.locator('h1').waitFor();
    await page.waitForTimeout(2_500);
    await shoot(page, `pause-${size}-es`);
  }
  await page.setViewportSize(SIZES.popup);
  await page.goto(`${base}popup.html`);
  await page.locator('.week-compact .headline').waitFor();
  await shoot(page, 'popup-es');
} finally {
  await spanish.done();
}
console.log(`Screenshots written to ${out}`);

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
