/**
 * From the pause screen to the user's own record, in the real extension (Chromium,
 * .output/chrome-mv3), written against what the user reads and the files they get
 * (PRODUCT.md, "The popup and the week" and "Options, onboarding, data"):
 *
 * - four visits to listed profiles go through the pause screen (three "Go back", one "Continue
 *   to profile"), each answering the one question it asks after the breath: what set it off on
 *   the day's 1st and 3rd pause, how strong it is on the 2nd and 4th;
 * - the popup's week reads "4 urges · 3 turned back · 1 look" and lists them newest first;
 * - "How do you feel after looking?" is asked only about a look more than two minutes old, and
 *   the answer is kept with that urge;
 * - the options page exports a JSON backup and a CSV holding exactly those urges;
 * - the backup, imported into a fresh browser through the options page, shows the same urges
 *   in that browser's popup.
 *
 * Each test starts from its own record, in one browser: the first makes it through the pause
 * screen and checks it is RECORD below; the others store RECORD (and the answered earlier look)
 * before reading it back through the popup, the exports and the import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import { type ExtensionControl, profileRequests, waitForPause } from './harness/interception';
import { linkName, neutralLinkName } from './harness/stand-in-sites';
import type { Backup, StoredSettings, StoredUrge, Urge, Weekday } from './harness/stored';

// Extension APIs, as the callbacks passed to page.evaluate() see them inside extension pages.
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

const MINUTE = 60_000;
// A note with a comma and quotes: the CSV must quote it and still read back as one cell.
const NOTE = 'whether they\'re "happy", really';

// A one-second breath keeps the test quick. The week is made to start yesterday, so that an
// urge a few minutes old is in "this week" even when the test runs just after midnight on the
// locale's first day of the week.
const SETTINGS: StoredSettings = { allowanceMinutes: 5, breathSteps: [1], strict: false, weekStartsOn: new Date(Date.now() - 86_400_000).getDay() as Weekday };

/** What the user chose on the pause screen, and how the visit arrived. */
type Choice = Pick<Urge, 'profileKey' | 'source' | 'strength' | 'triggers' | 'hopingToFind' | 'outcome' | 'feltAfter'>;
const choiceOf = ({ profileKey, source, strength, triggers, hopingToFind, outcome, feltAfter }: Urge): Choice => ({
  profileKey, source, strength, triggers, hopingToFind, outcome, feltAfter,
});

/** The four visits of the first test, oldest first, as the pause screen stores them. */
const VISITS: readonly Choice[] = [
  { profileKey: 'instagram:someex', source: 'load', strength: null, triggers: ['lonely', 'cant-sleep'], hopingToFind: NOTE, outcome: 'turned-back', feltAfter: null },
  { profileKey: 'instagram:someex', source: 'app', strength: 8, triggers: [], hopingToFind: '', outcome: 'turned-back', feltAfter: null },
  { profileKey: 'x:someex', source: 'load', strength: null, triggers: ['bored'], hopingToFind: '', outcome: 'continued', feltAfter: null },
  { profileKey: 'instagram:someex', source: 'load', strength: 6, triggers: [], hopingToFind: '', outcome: 'turned-back', feltAfter: null },
];

/** The record the first test leaves: the four visits, made in the last minute (the look too recent to ask about). */
const RECORD = (now = Date.now()): StoredUrge[] =>
  VISITS.map((choice, i) => ({ id: `visit-${i + 1}`, v: 1, at: now - (4 - i) * 10_000, secondsOnScreen: 5, reflection: '', shownReflection: null, ...choice }));

/** A look ten minutes ago, not yet asked about. */
const EARLIER_LOOK = (now = Date.now()): StoredUrge => ({
  id: 'seeded-earlier-look', v: 1, at: now - 10 * MINUTE, profileKey: 'instagram:someex', source: 'load', strength: 7, triggers: ['date'],
  hopingToFind: '', outcome: 'continued', secondsOnScreen: 14, feltAfter: null, reflection: '', shownReflection: null,
});

/** The record once "How do you feel after looking?" is answered "Worse" about the earlier look (the third test). */
const ANSWERED = (now = Date.now()): StoredUrge[] => [{ ...EARLIER_LOOK(now), feltAfter: 'worse' }, ...RECORD(now)];

const store = (control: ExtensionControl, urges: readonly StoredUrge[]): Promise<void> =>
  control.set(Object.fromEntries(urges.map((u) => [`urge:${u.id}`, u])));

test.beforeEach(async ({ control }) => {
  await control.set({ settings: SETTINGS });
  await control.listProfiles(['instagram:someex', 'x:someex']);
  // No urge yet, and no profile open ("Continue" opens one for minutes).
  await control.removeUrges();
  await control.endAllowances();
});

/** The stored urges, oldest first, read through an extension page. */
async function storedUrges(from: Page): Promise<StoredUrge[]> {
  const all = await from.evaluate(() => chrome.storage.local.get(null));
  return Object.entries(all)
    .filter(([key]) => key.startsWith('urge:'))
    .map(([, value]) => value as StoredUrge)
    .sort((a, b) => a.at - b.at);
}

/** Opens `url` from the stand-in news site's link to it, and waits for the pause screen. */
async function pauseFromNews(chromium: ChromiumSession, url: string, profile: string): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto('https://news.example.test/');
  await page.getByRole('link', { name: neutralLinkName(url), exact: true }).click();
  await waitForPause(chromium, page, profile);
  return page;
}

/** Follows the stand-in Instagram's in-app link to /someex/, and waits for the pause screen. */
async function pauseInInstagram(chromium: ChromiumSession): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto('https://www.instagram.com/');
  await page.getByRole('link', { name: linkName('/someex/', 'push-first') }).click();
  await waitForPause(chromium, page, 'Instagram @someex');
  return page;
}

/** After the breath, answers the one question the pause asks, which must be `question`. */
async function choose(page: Page, question: 'trigger' | 'strength', answer: string[] | number, note = ''): Promise<void> {
  const group = page.getByRole('group', { name: question === 'trigger' ? 'What set it off?' : 'How strong is the urge right now?' });
  await group.waitFor();
  // One question, never both.
  expect(await page.getByRole('group', { name: question === 'trigger' ? 'How strong is the urge right now?' : 'What set it off?' }).count()).toBe(0);
  if (typeof answer === 'number') await group.getByRole('radio', { name: String(answer), exact: true }).check();
  else for (const trigger of answer) await group.getByRole('checkbox', { name: trigger, exact: true }).check();
  if (note !== '') {
    await page.getByRole('button', { name: 'What are you hoping to find?' }).click();
    await page.getByLabel('What are you hoping to find? (optional)').fill(note);
  }
}

/** Waits until `count` urges are stored and the newest has this outcome. */
async function waitForLogged(control: ExtensionControl, count: number, outcome: string): Promise<StoredUrge> {
  let urges: StoredUrge[] = [];
  await expect
    .poll(
      async () => {
        urges = await storedUrges(await control.open());
        return { count: urges.length, newest: urges.at(-1)?.outcome };
      },
      { message: `${count} urges, the newest ${outcome}` },
    )
    .toEqual({ count, newest: outcome });
  return urges.at(-1)!;
}

async function goBack(control: ExtensionControl, page: Page, expectedUrl: string, count: number): Promise<StoredUrge> {
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect.poll(() => page.url(), { message: `${expectedUrl} again` }).toBe(expectedUrl);
  const urge = await waitForLogged(control, count, 'turned-back');
  await page.close();
  return urge;
}

test('four visits through the pause screen are logged with their choices: three turned back, one looked', async ({ chromium, control, sites }) => {
  // 1. From a link on another site: lonely and sleepless, with a note.
  let page = await pauseFromNews(chromium, 'https://www.instagram.com/someex/', 'Instagram @someex');
  await choose(page, 'trigger', ['Lonely', 'Can’t sleep'], NOTE);
  expect(await goBack(control, page, 'https://news.example.test/', 1)).toMatchObject({ strength: null, triggers: ['lonely', 'cant-sleep'], hopingToFind: NOTE, source: 'load' });

  // 2. Inside the Instagram app: the second pause asks how strong it is.
  page = await pauseInInstagram(chromium);
  await choose(page, 'strength', 8);
  expect(await goBack(control, page, 'https://www.instagram.com/', 2)).toMatchObject({ strength: 8, triggers: [], source: 'app' });

  // 3. X from the news site: after the breath and the answer, the user looks.
  page = await pauseFromNews(chromium, 'https://x.com/someex', 'X @someex');
  await choose(page, 'trigger', ['Bored']);
  const proceed = page.getByRole('button', { name: 'Continue to profile' });
  await expect.poll(() => proceed.isDisabled(), { message: 'Continue to become available' }).toBe(false);
  await proceed.click();
  await expect.poll(() => page.url(), { message: 'the profile' }).toBe('https://x.com/someex');
  expect(await waitForLogged(control, 3, 'continued')).toMatchObject({ profileKey: 'x:someex', strength: null, triggers: ['bored'], feltAfter: null });
  await page.close();

  // 4. Instagram again (its allowance was not opened): how strong, this time.
  page = await pauseFromNews(chromium, 'https://www.instagram.com/someex/', 'Instagram @someex');
  await choose(page, 'strength', 6);
  expect(await goBack(control, page, 'https://news.example.test/', 4)).toMatchObject({ strength: 6, triggers: [], profileKey: 'instagram:someex' });

  expect(profileRequests(sites, 'someex', 'instagram.com')).toEqual([]);
  const logged = await storedUrges(await control.open());
  expect(logged.map((u) => [u.profileKey, u.outcome])).toEqual([
    ['instagram:someex', 'turned-back'],
    ['instagram:someex', 'turned-back'],
    ['x:someex', 'continued'],
    ['instagram:someex', 'turned-back'],
  ]);
  // The record the other tests start from is this one.
  expect(logged.map(choiceOf)).toEqual(VISITS);
});

async function openPopup(session: ChromiumSession): Promise<Page> {
  const page = await session.newPage();
  await page.goto(session.extensionUrl('popup.html'));
  return page;
}

const headline = (page: Page): Locator => page.locator('.week-compact .headline');
const logLines = (page: Page): Locator => page.locator('ol.urge-log > li.urge .urge-line');
const feltAfterQuestion = (page: Page): Locator => page.getByRole('heading', { name: 'How do you feel after looking?' });

async function textsOf(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

test('the popup reads the week: "4 urges · 3 turned back · 1 look", the log newest first', async ({ chromium, control }) => {
  await store(control, RECORD());
  const page = await openPopup(chromium);
  await headline(page).waitFor();
  expect((await headline(page).textContent())?.replace(/\s+/g, ' ').trim()).toBe('4 urges · 3 turned back · 1 look');
  await expect.poll(() => logLines(page).count()).toBe(4);
  const lines = await textsOf(logLines(page));
  expect(lines.map((line) => line.split(' · ')[0])).toEqual(['Turned back', 'Looked', 'Turned back', 'Turned back']);
  expect(lines.map((line) => line.split(' · ').at(-1))).toEqual(['Instagram @someex', 'X @someex', 'Instagram @someex', 'Instagram @someex']);
  const details = await textsOf(page.locator('ol.urge-log > li.urge > p.hint'));
  expect(details).toEqual(['strength 6', 'bored', 'strength 8', 'lonely, can’t sleep']);
  await expect.poll(() => page.locator('ol.urge-log .quote').allTextContents()).toEqual([`Hoping to find: ${NOTE}`]);
  const streaks = await textsOf(page.locator('.week-compact .streaks li'));
  // The total first; a look today is not held up as a zero.
  expect(streaks).toHaveLength(1);
  expect(streaks[0]).toMatch(/^You have turned back 3 times in all\./);
  // The look was moments ago: too soon to ask how it felt.
  expect(await feltAfterQuestion(page).count()).toBe(0);
  await page.close();
});

test('"How do you feel after looking?" is asked about a look older than two minutes; "Worse" is kept with it', async ({ chromium, control }) => {
  const now = Date.now();
  const logged = RECORD(now);
  await store(control, logged);
  const earlier = EARLIER_LOOK(now);
  await control.set({ [`urge:${earlier.id}`]: earlier });
  const page = await openPopup(chromium);
  await feltAfterQuestion(page).waitFor();
  const prompt = page.locator('section.felt-after');
  expect(await prompt.locator('.hint').textContent()).toMatch(/^Your last visit to Instagram @someex, /);
  await prompt.getByRole('button', { name: 'Worse', exact: true }).click();
  // Answered: the question goes away. Its "Thank you" line is not waited for: in the popup it
  // lasts only until the saved answer comes back from storage (a few milliseconds), because
  // FeltAfterPrompt renders nothing once there is no look left to ask about.
  await feltAfterQuestion(page).waitFor({ state: 'detached' });
  await expect
    .poll(async () => ((await control.get(`urge:${earlier.id}`)) as StoredUrge | undefined)?.feltAfter, { message: 'feltAfter: worse to be stored' })
    .toBe('worse');
  // The newer look (X, moments ago) was not the one asked about, and is still unanswered.
  expect(((await control.get('urge:' + logged[2]!.id)) as StoredUrge).feltAfter).toBeNull();

  // The week counts it; the log shows it with the answer; it is not asked again.
  await page.reload();
  await headline(page).waitFor();
  expect((await headline(page).textContent())?.replace(/\s+/g, ' ').trim()).toBe('5 urges · 3 turned back · 2 looks');
  await expect.poll(() => logLines(page).count()).toBe(5);
  const entry = page.locator('ol.urge-log > li.urge').last();
  expect((await entry.locator('.urge-line').textContent())?.split(' · ')[0]).toBe('Looked');
  expect(await entry.locator('p.hint').textContent()).toBe('strength 7 · a date that matters · felt worse after');
  expect(await feltAfterQuestion(page).count()).toBe(0);
  await page.close();
  expect(await storedUrges(await control.open())).toHaveLength(5);
});

/** Clicks `button` and returns the file the browser downloads, kept in `dir`. */
async function downloadFrom(page: Page, button: string, dir: string): Promise<{ download: Download; path: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  expect(await download.failure()).toBeNull();
  return { download, path, text: readFileSync(path, 'utf8') };
}

const withoutVersion = ({ v: _v, ...urge }: StoredUrge): Urge => urge;
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

test('"Export a full backup (JSON)" saves a letting-go-backup v2 file with the people, exactly the logged urges, and the user’s own words', async ({ chromium, control, page, tempDir }) => {
  await store(control, ANSWERED());
  const ownWords = { plans: [{ id: 'p1', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' }], reasons: ['I deserve some quiet'] };
  const letter = { id: 'l1', at: Date.now() - 60_000, text: 'Never sent.' };
  await control.set({ ownWords, 'letter:l1': letter });
  const logged = await storedUrges(await control.open());
  await page.goto(chromium.extensionUrl('options.html'));
  const { download, text } = await downloadFrom(page, 'Export a full backup (JSON)', tempDir('letting-go-downloads-'));
  expect(download.suggestedFilename()).toMatch(/^letting-go-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await page.getByRole('status').filter({ hasText: 'Backup saved: 1 person, 5 urges.' }).waitFor();

  const backup = JSON.parse(text) as Backup;
  expect(backup.format).toBe('letting-go-backup');
  expect(backup.version).toBe(2);
  expect(backup.ownWords).toEqual(ownWords);
  expect(backup.letters).toEqual([letter]);
  expect(Math.abs(backup.exportedAt - Date.now())).toBeLessThan(60_000);
  expect(backup.people).toEqual([expect.objectContaining({ id: 'a', profiles: [expect.objectContaining({ key: 'instagram:someex' }), expect.objectContaining({ key: 'x:someex' })] })]);
  expect(backup.weekNotes).toEqual({});
  // Exactly the logged urges, field for field (the stored shape version aside).
  expect([...backup.urges].sort(byId)).toEqual(logged.map(withoutVersion).sort(byId));
  const outcomes = Object.fromEntries(backup.urges.map((u) => [u.id, [u.outcome, u.triggers, u.feltAfter]]));
  expect(outcomes).toEqual({
    [logged[0]!.id]: ['continued', ['date'], 'worse'],
    [logged[1]!.id]: ['turned-back', ['lonely', 'cant-sleep'], null],
    [logged[2]!.id]: ['turned-back', [], null],
    [logged[3]!.id]: ['continued', ['bored'], null],
    [logged[4]!.id]: ['turned-back', [], null],
  });
});

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test('"Export urges (CSV)" saves a header row and one row per urge, oldest first, in words', async ({ chromium, control, page, tempDir }) => {
  await store(control, ANSWERED());
  const ownWords = { plans: [{ id: 'p1', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' }], reasons: ['I deserve some quiet'] };
  const letter = { id: 'l1', at: Date.now() - 60_000, text: 'Never sent.' };
  await control.set({ ownWords, 'letter:l1': letter });
  const logged = await storedUrges(await control.open());
  await page.goto(chromium.extensionUrl('options.html'));
  const { download, text } = await downloadFrom(page, 'Export urges (CSV)', tempDir('letting-go-downloads-'));
  expect(download.suggestedFilename()).toMatch(/^letting-go-urges-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.getByRole('status').filter({ hasText: 'Urges saved as a spreadsheet: 5 rows.' }).waitFor();
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(['date', 'time', 'profile', 'network', 'reached by', 'strength', 'what set it off', 'hoping to find', 'outcome', 'seconds on the pause screen', 'felt after', 'reflection']);
  const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
  expect(rows).toHaveLength(5);
  expect(rows.every((row) => row.length === header!.length)).toBe(true);
  expect(column('outcome')).toEqual(['looked', 'turned back', 'turned back', 'looked', 'turned back']);
  expect(column('profile')).toEqual(['Instagram @someex', 'Instagram @someex', 'Instagram @someex', 'X @someex', 'Instagram @someex']);
  expect(column('strength')).toEqual(['7', '', '8', '', '6']);
  expect(column('what set it off')).toEqual(['A date that matters', 'Lonely; Can’t sleep', '', 'Bored', '']);
  expect(column('reached by')).toEqual(['opening the page', 'opening the page', 'inside the site', 'opening the page', 'opening the page']);
  expect(column('hoping to find')).toEqual(['', NOTE, '', '', '']);
  expect(column('felt after')).toEqual(['worse', '', '', '', '']);
  // Each row's date and time is the urge's local time.
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = (at: number) => {
    const d = new Date(at);
    return [`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, `${pad(d.getHours())}:${pad(d.getMinutes())}`];
  };
  expect(rows.map((row) => [row[0], row[1]])).toEqual(logged.map((u) => local(u.at)));
});

test('the backup, imported into a fresh browser through the options page, shows the same urges in its popup', async ({ chromium, control, launcher, page, tempDir }) => {
  // The backup of the record as the third test leaves it, exported as the test before does.
  await store(control, ANSWERED());
  const ownWords = { plans: [{ id: 'p1', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' }], reasons: ['I deserve some quiet'] };
  // Older than the urges: the popup's log lists it last, past the first five.
  const letter = { id: 'l1', at: Date.now() - 20 * MINUTE, text: 'Never sent.' };
  await control.set({ ownWords, 'letter:l1': letter });
  const logged = await storedUrges(await control.open());
  await page.goto(chromium.extensionUrl('options.html'));
  const { path: backupPath } = await downloadFrom(page, 'Export a full backup (JSON)', tempDir('letting-go-downloads-'));
  await page.getByRole('status').filter({ hasText: 'Backup saved: 1 person, 5 urges.' }).waitFor();

  const fresh = await launcher.launch();
  const options = await fresh.newPage();
  await options.goto(fresh.extensionUrl('options.html'));
  await options.evaluate((value) => chrome.storage.local.set({ settings: value }), SETTINGS);
  await options.getByLabel('Import a backup').setInputFiles(backupPath);
  const preview = options.getByRole('region', { name: 'Import preview' });
  await preview.waitFor();
  expect((await preview.locator('p').textContent())?.replace(/\s+/g, ' ')).toContain('would add 2 profiles, 5 urges and 0 week notes.');
  await preview.getByRole('button', { name: 'Add to my data' }).click();
  await options.getByRole('status').filter({ hasText: 'Imported 2 profiles and 5 urges.' }).waitFor();
  expect((await storedUrges(options)).map(withoutVersion)).toEqual(logged.map(withoutVersion));

  const popup = await openPopup(fresh);
  await headline(popup).waitFor();
  expect((await headline(popup).textContent())?.replace(/\s+/g, ' ').trim()).toBe('5 urges · 3 turned back · 2 looks');
  await expect.poll(() => logLines(popup).count()).toBe(5);
  const lines = await textsOf(logLines(popup));
  expect(lines.map((line) => line.split(' · ')[0])).toEqual(['Turned back', 'Looked', 'Turned back', 'Turned back', 'Looked']);
  expect(await textsOf(popup.locator('ol.urge-log > li.urge > p.hint'))).toEqual([
    'strength 6',
    'bored',
    'strength 8',
    'lonely, can’t sleep',
    'strength 7 · a date that matters · felt worse after',
  ]);
  // The listed profiles came along too, and the user's own words.
  expect(await popup.getByText('2 profiles pause before opening.').count()).toBe(1);
  const imported = await options.evaluate(() => chrome.storage.local.get(null));
  expect(imported['letter:l1']).toEqual(letter);
  expect(imported['ownWords']).toEqual(ownWords);

  // Importing the same file again adds nothing.
  await options.getByLabel('Import a backup').setInputFiles(backupPath);
  await preview.waitFor();
  expect((await preview.locator('p').textContent())?.replace(/\s+/g, ' ')).toContain('would add 0 profiles, 0 urges and 0 week notes. 7 already here are skipped.');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedUrges(options)).toHaveLength(5);
});
