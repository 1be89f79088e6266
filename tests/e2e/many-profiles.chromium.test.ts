/**
 * 2,000 listed profiles spread over the 12 networks: every one gets a request rule within
 * Chrome's limits, with room left for "Continue"; a full load of any of them is stopped before
 * the request; "Continue" opens any of them. Nothing is left out quietly.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { networks } from '../../lib/networks';
import { chromeBuild } from './harness/builds';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { ExtensionControl, profileRequests, until, waitForPause } from './harness/interception';
import { manyProfileKeys } from './harness/many-profiles';
import { startStandInSites, type StandInSites } from './harness/stand-in-sites';

declare const chrome: { declarativeNetRequest: { getDynamicRules(): Promise<{ condition: { regexFilter?: string } }[]> } };

let sites: StandInSites;
let chromium: ChromiumSession;
let control: ExtensionControl;

const KEYS = manyProfileKeys(2000);

/** The first and the last listed profile of each network, with its address and how it is named. */
const SAMPLE = networks.flatMap((network) => {
  const keys = KEYS.filter((key) => key.startsWith(`${network.id}:`));
  return [keys[0]!, keys.at(-1)!].map((key) => {
    const id = key.slice(key.indexOf(':') + 1);
    return { key, id, url: network.profileUrl(id), named: `${network.label} ${network.display(id)}`, site: network.domains[0]! };
  });
});

beforeAll(async () => {
  sites = await startStandInSites();
  chromium = await launchChromium({ extensionDir: chromeBuild(), standInPort: sites.port, extraDomains: ['pinterest.com', 'tumblr.com'] });
  control = new ExtensionControl(chromium);
  await control.set({
    settings: { allowanceMinutes: 5, breathSteps: [1], strict: false },
    people: [{ id: 'many', name: 'Many', relationship: 'ex', addedAt: Date.now(), profiles: KEYS.map((key) => ({ key, addedAt: Date.now() })) }],
  });
  await until(async () => ((await control.get('ruleStatus')) as { listed?: number } | undefined)?.listed === KEYS.length, 'the rules for 2,000 profiles', 60_000, 200);
}, 120_000);

afterAll(async () => {
  await control?.close();
  await chromium?.close();
  await sites?.close();
});

test('every one of 2,000 profiles has a request rule, within Chrome’s regex budget and with room for "Continue"', async () => {
  const status = (await control.get('ruleStatus')) as { listed: number; uncovered: string[]; uncoveredCopies: string[]; failed: boolean };
  const page = await control.open();
  const rules = await page.evaluate(() => chrome.declarativeNetRequest.getDynamicRules());
  const regex = rules.filter((rule) => rule.condition.regexFilter !== undefined);
  console.log(`2,000 profiles: ${regex.length} regex rules, ${rules.length} rules in all; not covered: ${status.uncovered.length}, copies not covered: ${status.uncoveredCopies.length}`);
  expect(status).toMatchObject({ listed: 2000, uncovered: [], failed: false });
  expect(regex.length).toBeLessThanOrEqual(960);
  const text = JSON.stringify(rules).toLowerCase();
  for (const key of KEYS) expect(text, key).toContain(key.slice(key.indexOf(':') + 1).replaceAll('.', '\\\\.').toLowerCase());
});

test.each(SAMPLE)('$named: a full load is stopped before the site hears of it', async ({ id, url, named, site }) => {
  sites.reset();
  const page = await chromium.newPage();
  try {
    await page.goto(url).catch(() => undefined);
    await waitForPause(chromium, page, named);
    expect(profileRequests(sites, id.replace(/^.*\//, ''), site)).toEqual([]);
  } finally {
    await page.close();
  }
});

test.each(SAMPLE.filter((_, i) => i % 8 === 7))('$named: "Continue" opens it', async ({ id, url, named, site }) => {
  sites.reset();
  const page: Page = await chromium.newPage();
  try {
    await page.goto(url).catch(() => undefined);
    await waitForPause(chromium, page, named);
    await page.getByRole('radio', { name: '3', exact: true }).check();
    const proceed = page.getByRole('button', { name: 'Continue to profile' });
    await until(() => proceed.isEnabled(), '"Continue to profile"', 10_000, 50);
    await proceed.click();
    await until(() => page.url() === url, `the profile (tab at ${page.url()})`, 10_000, 50);
    expect(profileRequests(sites, id.replace(/^.*\//, ''), site).length).toBeGreaterThan(0);
  } finally {
    await page.close();
  }
});
