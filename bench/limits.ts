import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { manyProfileKeys } from '../tests/e2e/harness/many-profiles';
import { syntheticUrges } from './week-summary';

/*
 * The extension's limits, measured in a real Chromium with the built extension:
 * - the longest list whose every profile gets a request rule (profiles spread over the 12
 *   networks), and the longest whose archive and mirror copies are covered too;
 * - how many urges fit in storage with Chrome's default 10 MB (a copy of the build without
 *   `unlimitedStorage`), typical and with long notes, and that more fit with it;
 * - how soon the pause page can be used when storage is full.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILD = resolve('.output/chrome-mv3');

interface Storage {
  local: { set(items: object): Promise<void>; get(keys: string | null): Promise<Record<string, unknown>>; getBytesInUse?(keys: null): Promise<number> };
}
declare const chrome: { storage: Storage };

export interface Limits {
  /** The longest list (of those tried) with a request rule for every profile. */
  readonly largestCovered: number;
  readonly firstUncovered: number | null;
  /** The longest list (of those tried) whose archive and mirror copies are covered too. */
  readonly largestWithCopies: number;
  readonly regexRulesAtLargest: number;
  /** Urges stored before Chrome's 10 MB quota refused more, without unlimitedStorage. */
  readonly urgesIn10Mb: { readonly typical: number; readonly longNotes: number };
  /** Urges stored with unlimitedStorage (the bench stops there: no limit was reached). */
  readonly urgesWithUnlimited: number;
  /** The pause page, navigation to "Go back" focused, with storage full (median of 7). */
  readonly pauseWhenFullMs: number;
  readonly pauseNotFullMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function launch(extension: string, profile: string): Promise<{ context: BrowserContext; page: Page; base: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}/`;
  const page = await context.newPage();
  await page.goto(`${base}options.html`);
  return { context, page, base };
}

const storageGet = (page: Page, key: string) => page.evaluate((k) => chrome.storage.local.get(k).then((all) => all[k]), key);

/** Lists `count` profiles and waits for the background's verdict on their rules. */
async function coverage(page: Page, count: number) {
  const keys = manyProfileKeys(count);
  await page.evaluate((people) => chrome.storage.local.set({ people }), [{ id: 'many', name: '', relationship: 'ex', addedAt: Date.now(), profiles: keys.map((key) => ({ key, addedAt: Date.now() })) }]);
  const deadline = Date.now() + 180_000;
  for (;;) {
    const status = (await storageGet(page, 'ruleStatus')) as { listed: number; uncovered: string[]; uncoveredCopies: string[] } | undefined;
    if (status?.listed === count) {
      const regex = await page.evaluate(async () => (await (globalThis as unknown as { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<{ condition: { regexFilter?: string } }[]> } } }).chrome.declarativeNetRequest.getDynamicRules()).filter((rule) => rule.condition.regexFilter !== undefined).length);
      return { uncovered: status.uncovered.length, uncoveredCopies: status.uncoveredCopies.length, regex };
    }
    if (Date.now() > deadline) throw new Error(`no rule status for ${count} profiles`);
    await page.waitForTimeout(200);
  }
}

/** Writes urges in batches until the storage refuses; returns how many were kept. */
async function fillWithUrges(page: Page, note: string, stopAt: number): Promise<number> {
  let stored = 0;
  const start = Date.now() - 400 * 86_400_000;
  for (let batch = 0; stored < stopAt; batch++) {
    const urges = syntheticUrges(1000, Date.now()).map((urge, i) => ({ ...urge, id: `b${batch}-${i}`, at: start + (stored + i) * 60_000, hopingToFind: note, reflection: note }));
    const items = Object.fromEntries(urges.map((urge) => [`urge:${urge.id}`, { ...urge, v: 1 }]));
    const kept = await page.evaluate((value) => chrome.storage.local.set(value).then(() => true, () => false), items);
    if (!kept) {
      // The last batch did not fit whole: add the rest one by one.
      for (const [key, value] of Object.entries(items)) {
        if (!(await page.evaluate(([k, v]) => chrome.storage.local.set({ [k as string]: v }).then(() => true, () => false), [key, value]))) return stored;
        stored++;
      }
      return stored;
    }
    stored += urges.length;
  }
  return stored;
}

async function pauseTimes(page: Page, base: string, runs: number): Promise<number> {
  let pass: unknown;
  while (typeof (pass = await storageGet(page, 'pausePass')) !== 'string') await page.waitForTimeout(100);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(`${base}pause.html?via=load&pass=${pass as string}&url=https://www.instagram.com/someex/`);
    times.push(
      await page
        .waitForFunction(() => (document.activeElement as HTMLElement | null)?.textContent === 'Go back' && performance.now(), null, { polling: 'raf' })
        .then((handle) => handle.jsonValue() as Promise<number>),
    );
  }
  return median(times);
}

export async function benchLimits(): Promise<Limits | string> {
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(BUILD, 'manifest.json'))) return 'skipped: build the extension first (npm run build)';
  const work = mkdtempSync(join(tmpdir(), 'letting-go-limits-'));
  try {
    // 1. The longest list that fits: doubling, then halving the gap.
    const shipped = join(work, 'shipped');
    cpSync(BUILD, shipped, { recursive: true });
    let { context, page, base } = await launch(shipped, join(work, 'profile-rules'));
    let largestCovered = 0;
    let largestWithCopies = 0;
    let regexRulesAtLargest = 0;
    let low = 0;
    let high: number | null = null;
    for (let count = 1000; high === null || high - low > 250; count = high === null ? count * 2 : Math.round((low + high) / 2 / 50) * 50) {
      const result = await coverage(page, count);
      if (result.uncoveredCopies === 0) largestWithCopies = Math.max(largestWithCopies, count);
      if (result.uncovered === 0) {
        low = count;
        largestCovered = count;
        regexRulesAtLargest = result.regex;
      } else high = count;
      if (count >= 32_000) break;
    }
    const firstUncovered = high;

    // 3b. The pause page with room to spare, for comparison.
    await page.evaluate((people) => chrome.storage.local.set({ people, settings: { breathSteps: [10] } }), [{ id: 'a', name: '', relationship: 'ex', addedAt: Date.now(), profiles: [{ key: 'instagram:someex', addedAt: Date.now() }] }]);
    const pauseNotFullMs = await pauseTimes(page, base, 7);
    // 2b. With unlimitedStorage, as shipped: more than 10 MB holds.
    const urgesWithUnlimited = await fillWithUrges(page, 'x'.repeat(40), 60_000);
    await context.close();

    // 2a. Without unlimitedStorage: Chrome's 10 MB.
    const limited = join(work, 'limited');
    cpSync(BUILD, limited, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(limited, 'manifest.json'), 'utf8')) as { permissions: string[] };
    manifest.permissions = manifest.permissions.filter((permission) => permission !== 'unlimitedStorage');
    writeFileSync(join(limited, 'manifest.json'), JSON.stringify(manifest));
    ({ context, page, base } = await launch(limited, join(work, 'profile-typical')));
    const typical = await fillWithUrges(page, 'x'.repeat(40), 100_000);
    await context.close();
    ({ context, page, base } = await launch(limited, join(work, 'profile-long')));
    // 3a. The pause page with that storage full (listed first, then filled to the quota).
    await page.evaluate((people) => chrome.storage.local.set({ people, settings: { breathSteps: [10] } }), [{ id: 'a', name: '', relationship: 'ex', addedAt: Date.now(), profiles: [{ key: 'instagram:someex', addedAt: Date.now() }] }]);
    while (typeof (await storageGet(page, 'pausePass')) !== 'string') await page.waitForTimeout(100);
    const longNotes = await fillWithUrges(page, 'A long note about what happened tonight. '.repeat(40), 100_000);
    const pauseWhenFullMs = await pauseTimes(page, base, 7);
    await context.close();

    return {
      largestCovered,
      firstUncovered,
      largestWithCopies,
      regexRulesAtLargest,
      urgesIn10Mb: { typical, longNotes },
      urgesWithUnlimited,
      pauseWhenFullMs,
      pauseNotFullMs,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
