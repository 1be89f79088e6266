/**
 * 2,000 listed profiles spread over the 12 networks: every one gets a request rule within
 * Chrome's limits, with room left for "Continue"; a full load of any of them is stopped before
 * the request; "Continue" opens any of them. Nothing is left out quietly.
 */
import { expect, vi } from 'vitest';
import { networks } from '../../lib/networks';
import { test } from './harness/fixtures';
import { answerPause, profileRequests, waitForPause } from './harness/interception';
import { manyProfileKeys } from './harness/many-profiles';
import type { Person, RuleStatus, StoredSettings } from './harness/stored';

declare const chrome: { declarativeNetRequest: { getDynamicRules(): Promise<{ condition: { regexFilter?: string } }[]> } };

// Two of the 12 networks have no stand-in domain of their own.
test.override('chromiumOptions', { extraDomains: ['pinterest.com', 'tumblr.com'] });

const KEYS = manyProfileKeys(2000);

/** The first and the last listed profile of each network, with its address and how it is named. */
const SAMPLE = networks.flatMap((network) => {
  const keys = KEYS.filter((key) => key.startsWith(`${network.id}:`));
  return [keys[0]!, keys.at(-1)!].map((key) => {
    const id = key.slice(key.indexOf(':') + 1);
    return { key, id, url: network.profileUrl(id), named: `${network.label} ${network.display(id)}`, site: network.domains[0]! };
  });
});

const SETTINGS: StoredSettings = { allowanceMinutes: 5, breathSteps: [1], strict: false };

test.beforeAll(async ({ control }) => {
  const now = Date.now();
  const people: Person[] = [{ id: 'many', name: 'Many', relationship: 'ex', addedAt: now, profiles: KEYS.map((key) => ({ key, addedAt: now })) }];
  await control.set({ settings: SETTINGS, people });
  // Setup, not a test: expect.poll is for tests, vi.waitFor for hooks.
  await vi.waitFor(
    async () => expect((await control.get('ruleStatus')) as RuleStatus | undefined, 'the rules for 2,000 profiles').toMatchObject({ listed: KEYS.length }),
    { timeout: 60_000, interval: 200 },
  );
}, 120_000);

// "Continue" opens a profile for minutes: none is open when a test starts.
test.beforeEach(async ({ control }) => {
  await control.endAllowances();
});

test('every one of 2,000 profiles has a request rule, within Chrome’s regex budget and with room for "Continue"', async ({ control }) => {
  const status = (await control.get('ruleStatus')) as RuleStatus;
  const page = await control.open();
  const rules = await page.evaluate(() => chrome.declarativeNetRequest.getDynamicRules());
  const regex = rules.filter((rule) => rule.condition.regexFilter !== undefined);
  console.log(`2,000 profiles: ${regex.length} regex rules, ${rules.length} rules in all; not covered: ${status.uncovered.length}, copies not covered: ${status.uncoveredCopies.length}`);
  expect(status).toMatchObject({ listed: 2000, uncovered: [], failed: false });
  expect(regex.length).toBeLessThanOrEqual(960);
  const text = JSON.stringify(rules).toLowerCase();
  for (const key of KEYS) expect(text, key).toContain(key.slice(key.indexOf(':') + 1).replaceAll('.', '\\\\.').toLowerCase());
});

test.for(SAMPLE)('$named: a full load is stopped before the site hears of it', async ({ id, url, named, site }, { chromium, page, sites }) => {
  await page.goto(url).catch(() => undefined);
  await waitForPause(chromium, page, named);
  expect(profileRequests(sites, id.replace(/^.*\//, ''), site)).toEqual([]);
});

test.for(SAMPLE.filter((_, i) => i % 8 === 7))('$named: "Continue" opens it', async ({ id, url, named, site }, { chromium, page, sites }) => {
  await page.goto(url).catch(() => undefined);
  await waitForPause(chromium, page, named);
  // Whichever question this pause asks (it depends on how many came before it today).
  await answerPause(page, { strength: '3' });
  const proceed = page.getByRole('button', { name: 'Continue to profile' });
  await expect.poll(() => proceed.isEnabled(), { message: '"Continue to profile"', interval: 50 }).toBe(true);
  await proceed.click();
  await expect.poll(() => page.url(), { message: 'the profile', interval: 50 }).toBe(url);
  expect(profileRequests(sites, id.replace(/^.*\//, ''), site).length).toBeGreaterThan(0);
});
