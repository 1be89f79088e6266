/**
 * "No urge is ever lost: not when several tabs save at once, not when the service worker is
 * stopped" (PRODUCT.md, "Options, onboarding, data"), in the real extension in Debian's Chromium.
 *
 * Urges are stored one key each (`urge:<id>` in chrome.storage.local), written by the page that
 * logs them: the pause page as it opens and as the user chooses, the popup's "Log an urge" form.
 * - Five extension pages (two options pages, two pause pages, the popup) write 50 urges each in
 *   tight parallel loops, all at the same moment: every one is stored, and the popup, which
 *   watches storage, counts them all.
 * - Twelve pause tabs opened at the same moment (while the popup logs three by hand) log exactly
 *   one urge each: none lost, none doubled.
 * - "Go back" in a tab with nowhere to go back to (a link opened in a new tab), with the worker
 *   running as usual: the worker closes the tab, and the urge is logged as turned back.
 * - The service worker stopped again and again while pages save urges and while pause pages
 *   decide (the one question answered, then "Go back", half of them in tabs the worker must close): every urge is
 *   there with the outcome chosen.
 * Where a pause page's outcome is wrong, the failure lists every write its urge went through,
 * in order, as chrome.storage.onChanged reported them.
 * - The people list: pages adding different profiles through the options form at the same moment
 *   all end up listed (the read-modify-write runs under a Web Lock). The same timing with a plain
 *   read-modify-write shows the moment is really shared.
 *
 * Counts are printed (`no-lost-urge …`) for the record.
 */
import type { Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import { answerPause, type ExtensionControl, type PauseQuestion, sleep, waitForPause } from './harness/interception';
import { neutralLinkName } from './harness/stand-in-sites';
import type { StoredUrge } from './harness/stored';

// Extension storage as page.evaluate() callbacks see it inside extension pages.
declare const chrome: {
  storage: {
    local: {
      get(k: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(k: string[]): Promise<void>;
    };
  };
};

// A copy of the build, so a `wxt build` running meanwhile cannot swap its files mid-run.
test.override('chromiumOptions', { copyBuild: true });

const PROFILE = 'https://www.instagram.com/someex/';
/** The pause page as the guard opens it for a visit to PROFILE (set once the extension runs). */
let PAUSE: string;

const counts: Record<string, number | string> = {};

afterAll(() => {
  console.log(`no-lost-urge counts: ${JSON.stringify(counts)}`);
});

test.beforeEach(async ({ control }) => {
  await control.listProfiles(['instagram:someex']);
  // The shortest breath the settings allow; only "Continue" waits for it.
  await control.set({ settings: { allowanceMinutes: 5, breathSteps: [1], strict: false } });
  await control.removeUrges();
  PAUSE = await control.pausePath(PROFILE);
});

async function open(chromium: ChromiumSession, path: string): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto(chromium.extensionUrl(path));
  return page;
}

/** Every stored urge (key `urge:*`), by key. */
async function storedUrges(control: ExtensionControl): Promise<Map<string, StoredUrge>> {
  return new Map(Object.entries(await control.all()).filter(([key]) => key.startsWith('urge:')) as [string, StoredUrge][]);
}

/**
 * In each page, from the same wall-clock moment, writes `perPage` urges with ids
 * `${tag}-${page}-${n}` as the extension stores them, in `batch`-sized Promise.all bursts
 * `gapMs` apart (one burst of everything by default: the tightest loop there is).
 */
async function writeUrges(pages: Page[], tag: string, perPage: number, options: { batch?: number; gapMs?: number } = {}): Promise<void> {
  const startAt = Date.now() + 150;
  await Promise.all(
    pages.map((page, p) =>
      page.evaluate(
        async ({ tag, p, perPage, batch, gapMs, startAt }) => {
          await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));
          const urge = (id: string) => ({
            id,
            v: 1,
            at: Date.now(),
            profileKey: 'instagram:someex',
            source: 'manual',
            strength: null,
            triggers: [],
            hopingToFind: '',
            outcome: 'turned-back',
            secondsOnScreen: 0,
            feltAfter: null,
            reflection: '',
            shownReflection: null,
          });
          for (let from = 0; from < perPage; from += batch) {
            const ids = Array.from({ length: Math.min(batch, perPage - from) }, (_, i) => `${tag}-${p}-${from + i}`);
            await Promise.all(ids.map((id) => chrome.storage.local.set({ [`urge:${id}`]: urge(id) })));
            if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
          }
        },
        { tag, p, perPage, batch: options.batch ?? perPage, gapMs: options.gapMs ?? 0, startAt },
      ),
    ),
  );
}

/**
 * The popup's "Log an urge" form: a trigger, "No, I let it pass", Save. In the front tab: a tab
 * behind others gets no animation frames, which Playwright's clicks wait for.
 */
async function logByHand(popup: Page, times: number): Promise<void> {
  await popup.bringToFront();
  for (let i = 0; i < times; i++) {
    await popup.getByRole('button', { name: 'Log an urge' }).click();
    const form = popup.getByRole('form', { name: 'Log an urge' });
    await form.getByRole('checkbox', { name: 'Bored' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
  }
}

/**
 * Starts recording, in the harness's options tab, every write to a pause page's urge as storage
 * reports it (`outcome[triggers]`, in order); the returned function reads the record by urge id.
 */
async function trackPauseUrges(control: ExtensionControl): Promise<() => Promise<Record<string, string[]>>> {
  const page = await control.open();
  await page.evaluate(() => {
    const trail: Record<string, string[]> = {};
    (globalThis as unknown as { urgeTrail: typeof trail }).urgeTrail = trail;
    (chrome.storage as unknown as { onChanged: { addListener(f: (changes: Record<string, { newValue?: StoredUrge }>) => void): void } }).onChanged.addListener((changes) => {
      for (const [key, { newValue }] of Object.entries(changes)) {
        if (key.startsWith('urge:') && newValue?.source !== 'manual' && newValue !== undefined) {
          (trail[newValue.id] ??= []).push(`${newValue.outcome}[${newValue.triggers.join(',')}]`);
        }
      }
    });
  });
  return () => page.evaluate(() => (globalThis as unknown as { urgeTrail: Record<string, string[]> }).urgeTrail);
}

/** The id of the urge a pause tab logs (kept in its history entry once its first frame is up). */
async function urgeIdOf(page: Page): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(async () => (id = await page.evaluate(() => (history.state as { urgeId?: string } | null)?.urgeId)), { message: 'the pause’s history entry to name its urge' })
    .toBeDefined();
  return id!;
}

test('five pages writing 50 urges each at the same moment: all 250 are kept', async ({ chromium, control }) => {
  const open_ = (path: string) => open(chromium, path);
  const pages = [await open_('options.html'), await open_('options.html'), await open_(PAUSE), await open_(PAUSE), await open_('popup.html')];
  // The two pause pages log their own urge as they open.
  for (const page of pages.slice(2, 4)) await waitForPause(chromium, page, 'Instagram @someex');
  await expect.poll(async () => (await storedUrges(control)).size, { message: 'the two pause pages’ own urges' }).toBe(2);
  const popup = pages[4]!;
  await popup.getByText('2 urges', { exact: true }).waitFor();

  const started = Date.now();
  await writeUrges(pages, 'storm', 50);
  const tookMs = Date.now() - started - 150;

  const stored = await storedUrges(control);
  const storm = [...stored.values()].filter((u) => u.id.startsWith('storm-'));
  counts.stormWritten = 250;
  counts.stormKept = storm.length;
  counts.stormTotalUrgeKeys = stored.size;
  counts.stormMs = tookMs;
  expect(storm).toHaveLength(250);
  expect(stored.size).toBe(252);
  for (let p = 0; p < 5; p++) {
    for (let n = 0; n < 50; n++) expect(stored.get(`urge:storm-${p}-${n}`)).toMatchObject({ id: `storm-${p}-${n}`, v: 1, outcome: 'turned-back' });
  }
  // Read back through the extension's own reader: the popup, which watches storage, counts them.
  await popup.getByText('252 urges', { exact: true }).waitFor();
  // The two pauses still open count as turned back, as leaving them would make them.
  await popup.getByText(/^You have turned back 252 times in all\./).waitFor();
});

test('twelve pause tabs opened at the same moment, and the popup logging by hand: one urge each, none doubled', async ({ chromium, control }) => {
  const popup = await open(chromium, 'popup.html');
  const tabs = await Promise.all(Array.from({ length: 12 }, () => chromium.newPage()));
  await Promise.all([...tabs.map((tab) => tab.goto(chromium.extensionUrl(PAUSE))), logByHand(popup, 3)]);
  await Promise.all(tabs.map((tab) => waitForPause(chromium, tab, 'Instagram @someex')));
  await expect.poll(async () => (await storedUrges(control)).size, { message: 'the urges' }).toBeGreaterThanOrEqual(15);
  await sleep(500); // a late second save would show up now

  const stored = [...(await storedUrges(control)).values()];
  const fromTabs = stored.filter((u) => u.source === 'app');
  const byHand = stored.filter((u) => u.source === 'manual');
  counts.pauseTabsOpened = 12;
  counts.pauseTabUrges = fromTabs.length;
  counts.popupByHand = byHand.length;
  expect(fromTabs).toHaveLength(12);
  expect(fromTabs.every((u) => u.profileKey === 'instagram:someex' && u.outcome === 'undecided')).toBe(true);
  expect(byHand).toEqual([0, 1, 2].map(() => expect.objectContaining({ profileKey: null, outcome: 'turned-back', triggers: ['bored'] })));
  expect(stored).toHaveLength(15);
  // One per tab: each tab's own urge (its history entry names it) is stored, and no two share.
  const ids = await Promise.all(tabs.map(urgeIdOf));
  expect(new Set(ids).size).toBe(12);
  expect(ids.every((id) => fromTabs.some((u) => u.id === id))).toBe(true);
  await popup.getByText('15 urges', { exact: true }).waitFor();
});

/**
 * Stops the extension's worker whenever it runs, as Chromium does when it is idle, through one
 * CDP session kept open (ServiceWorker.stopWorker, like the harness's stopServiceWorkers()). Here
 * the pages wake the worker again within milliseconds, so a stop counts once a 'stopped' status
 * is reported for it, however briefly the worker stays stopped.
 */
async function workerStopper(chromium: ChromiumSession): Promise<{ stopOnce(): Promise<boolean>; close(): Promise<void> }> {
  const origin = chromium.extensionUrl('');
  const page = await chromium.newPage();
  const session = await chromium.context.newCDPSession(page);
  const versions = new Map<string, { versionId: string; scriptURL: string; runningStatus: string }>();
  let stoppedReports = 0;
  session.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(origin)) continue;
      if (v.runningStatus === 'stopped' && versions.get(v.versionId)?.runningStatus !== 'stopped') stoppedReports++;
      versions.set(v.versionId, v);
    }
  });
  await session.send('ServiceWorker.enable');
  return {
    async stopOnce() {
      const running = [...versions.values()].filter((v) => v.runningStatus === 'running');
      if (running.length === 0) return false;
      const before = stoppedReports;
      for (const v of running) await session.send('ServiceWorker.stopWorker', { versionId: v.versionId }).catch(() => {});
      await expect.poll(() => stoppedReports, { message: 'the worker to stop', timeout: 5_000, interval: 5 }).toBeGreaterThan(before);
      return true;
    },
    async close() {
      await session.detach().catch(() => {});
      await page.close();
    },
  };
}

test('"Go back" in a tab with nowhere to go back to (a link opened in a new tab): closed, and logged as turned back', async ({ chromium, control, page: news }) => {
  // The everyday case behind the decisions below, with the worker running as usual: a link
  // opened in a new tab is stopped; "Go back" has no page to return to, so the worker closes
  // the tab. Five times.
  await news.goto('https://news.example.test/');
  const trail = await trackPauseUrges(control);
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    await news.bringToFront();
    const appeared = chromium.context.waitForEvent('page');
    await news.getByRole('link', { name: neutralLinkName(PROFILE, true), exact: true }).click();
    const tab = await appeared;
    await waitForPause(chromium, tab, 'Instagram @someex');
    ids.push(await urgeIdOf(tab));
    await answerPause(tab);
    await tab.getByRole('button', { name: 'Go back' }).click();
    await expect.poll(() => tab.isClosed(), { message: 'the worker to close the tab' }).toBe(true);
  }
  await sleep(300);
  const stored = await storedUrges(control);
  const writes = await trail();
  const outcomes = ids.map((id) => `${stored.get(`urge:${id}`)?.outcome} (writes: ${writes[id]?.join(' → ')})`);
  counts.newTabGoBack = ids.length;
  counts.newTabGoBackTurnedBack = ids.filter((id) => stored.get(`urge:${id}`)?.outcome === 'turned-back').length;
  expect(outcomes).toEqual(ids.map((id) => `turned-back (writes: ${writes[id]?.join(' → ')})`));
});

const DECIDERS = 10;

test('the service worker stopped again and again while pages save and pause pages decide: nothing lost', async ({ chromium, control }) => {
  const writers = [await open(chromium, 'options.html'), await open(chromium, 'options.html')];
  const popup = await open(chromium, 'popup.html');
  const stopper = await workerStopper(chromium);

  // For as long as the pages work: stop the worker whenever it runs. Urge writes wake it (its
  // storage watchers); "Go back" on a tab with nowhere to go back to messages it.
  let working = true;
  let stops = 0;
  const stopping = (async () => {
    while (working) {
      if (await stopper.stopOnce()) stops++;
      await sleep(10);
    }
  })();
  // Two extension pages write urges the whole time, in bursts of 4.
  let written = 0;
  const writing = (async () => {
    for (let round = 0; working; round++) {
      await writeUrges(writers, `stopped-r${round}`, 8, { batch: 4, gapMs: 20 });
      written += 16;
    }
  })();

  const trailPage = await control.open();
  const trailOf = await trackPauseUrges(control);

  const started = Date.now();
  await logByHand(popup, 3);
  // Pause pages deciding, one after another: the one question, then "Go back". Every other one is a tab
  // the extension opened (chrome.tabs.create) with nowhere to go back to, so "Go back" asks the
  // worker to close it; the others go back in their history (a blank page before the pause).
  const deciders: Page[] = [];
  const kinds = new Map<string, string>();
  const asked = new Map<string, PauseQuestion>();
  for (let i = 0; i < DECIDERS; i++) {
    let tab: Page;
    if (i % 2 === 0) {
      const appeared = chromium.context.waitForEvent('page');
      await trailPage.evaluate((url) => (chrome as unknown as { tabs: { create(o: object): Promise<unknown> } }).tabs.create({ url }), chromium.extensionUrl(PAUSE));
      tab = await appeared;
    } else {
      tab = await chromium.newPage();
      await tab.goto(chromium.extensionUrl(PAUSE));
    }
    deciders.push(tab);
    await waitForPause(chromium, tab, 'Instagram @someex');
    const id = await urgeIdOf(tab);
    kinds.set(id, i % 2 === 0 ? 'closed by the worker' : 'history.back()');
    // "Lonely", or a strength of 6: whichever one question the pause asks.
    asked.set(id, await answerPause(tab));
    // A stop at the very moment of the choice, besides those of the loop.
    await Promise.all([stopper.stopOnce().then((stopped) => stopped && stops++), tab.getByRole('button', { name: 'Go back' }).click()]);
    await sleep(150);
  }
  working = false;
  await Promise.all([stopping, writing]);
  await stopper.close();
  counts.workerStops = stops;
  counts.stopPhaseMs = Date.now() - started;

  await sleep(300);
  const stored = [...(await storedUrges(control)).values()];
  const kept = stored.filter((u) => u.id.startsWith('stopped-'));
  const byHand = stored.filter((u) => u.source === 'manual' && !u.id.startsWith('stopped-'));
  const paused = stored.filter((u) => u.source === 'app');
  counts.stopWritten = written;
  counts.stopKept = kept.length;
  counts.stopByHand = byHand.length;
  counts.stopPauseTabs = paused.length;
  counts.stopPauseTurnedBack = paused.filter((u) => u.outcome === 'turned-back').length;
  const trail = await trailOf();
  expect(stops).toBeGreaterThanOrEqual(5);
  expect(kept).toHaveLength(written);
  expect(byHand).toEqual([0, 1, 2].map(() => expect.objectContaining({ profileKey: null, outcome: 'turned-back', triggers: ['bored'] })));
  expect(paused).toHaveLength(DECIDERS);
  // Each as the user left it; the writes each one saw, in order, tell what went wrong if not.
  const story = (u: StoredUrge, outcome: string): string => `${outcome} (${kinds.get(u.id)}; writes: ${trail[u.id]?.join(' → ')})`;
  expect(Object.fromEntries(paused.map((u) => [u.id, story(u, `${u.outcome}[${u.triggers.join(',') || `strength ${u.strength}`}]`)]))).toEqual(
    Object.fromEntries(paused.map((u) => [u.id, story(u, asked.get(u.id) === 'trigger' ? 'turned-back[lonely]' : 'turned-back[strength 6]')])),
  );
  expect(stored).toHaveLength(written + 3 + DECIDERS);

  // And "Go back" did its part: every decided tab has left the pause screen (those with nowhere
  // to go back to closed by the worker, which Chrome starts again for the message).
  await expect
    .poll(() => deciders.filter((tab) => !tab.isClosed() && tab.url().includes('pause.html')).map((tab) => tab.url()), {
      message: 'every decided tab to leave the pause screen',
      interval: 50,
    })
    .toEqual([]);
  counts.stopPauseTabsClosedByWorker = deciders.filter((tab) => tab.isClosed()).length;
  expect(deciders.flatMap((tab, i) => (i % 2 === 0 && !tab.isClosed() ? [`tab ${i} still open at ${tab.url()}`] : []))).toEqual([]);
});

test('three options pages adding different profiles at the same moment: every profile is listed', async ({ chromium, control }) => {
  const pages = [await open(chromium, 'options.html'), await open(chromium, 'options.html'), await open(chromium, 'options.html')];
  const rounds = 4;
  const added: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const handles = pages.map((_, p) => `friend_${round}_${p}`);
    await Promise.all(pages.map((page, p) => page.getByLabel('Profile URL').fill(`https://www.instagram.com/${handles[p]}/`)));
    // The same wall-clock moment in every page: a click on each form's "Add profile".
    const at = Date.now() + 150;
    await Promise.all(
      pages.map((page) =>
        page.evaluate(async (at) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add profile')!;
          await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
          button.click();
        }, at),
      ),
    );
    await Promise.all(pages.map((page, p) => page.getByRole('status').filter({ hasText: `Added Instagram @${handles[p]}` }).waitFor()));
    added.push(...handles);
  }
  const people = JSON.stringify(await control.get('people'));
  const listed = added.filter((handle) => people.includes(`"instagram:${handle}"`));
  counts.profilesAddedAtOnce = added.length;
  counts.profilesListed = listed.length;
  expect(listed).toEqual(added);
  expect(people).toContain('"instagram:someex"');
  // Every page shows every profile.
  for (const page of pages) {
    for (const handle of added) await page.getByRole('button', { name: `Remove Instagram @${handle}`, exact: true }).waitFor();
  }
});

test('control: the same moment with a plain read-modify-write of the list (no lock) loses profiles', async ({ chromium, control }) => {
  // What the form's Web Lock prevents, shown with the same timing: each page reads the stored
  // list, adds its profile, and writes the list back. If this kept every profile, the test above
  // would prove nothing.
  const pages = [await open(chromium, 'options.html'), await open(chromium, 'options.html'), await open(chromium, 'options.html')];
  let lost = 0;
  for (let round = 0; round < 4; round++) {
    const at = Date.now() + 150;
    await Promise.all(
      pages.map((page, p) =>
        page.evaluate(
          async ({ at, key }) => {
            await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
            const { people } = (await chrome.storage.local.get('people')) as { people: { profiles: { key: string; addedAt: number }[] }[] };
            people[0]!.profiles.push({ key, addedAt: Date.now() });
            await chrome.storage.local.set({ people });
          },
          { at, key: `instagram:unlocked_${round}_${p}` },
        ),
      ),
    );
    const people = JSON.stringify(await control.get('people'));
    lost += pages.filter((_, p) => !people.includes(`"instagram:unlocked_${round}_${p}"`)).length;
  }
  counts.unlockedAdded = 12;
  counts.unlockedLost = lost;
  expect(lost).toBeGreaterThan(0);
});
