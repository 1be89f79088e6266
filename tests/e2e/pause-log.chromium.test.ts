/**
 * From a stopped profile to a logged urge, in the real extension: the pause screen logs every
 * attempt once, with the user's choice and outcome, for "Go back" and for "Continue".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { chromeBuild } from './harness/builds';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { ExtensionControl, profileRequests, until, waitForPause } from './harness/interception';
import { linkName, neutralLinkName, startStandInSites, type StandInSites } from './harness/stand-in-sites';

let sites: StandInSites;
let chromium: ChromiumSession;
let control: ExtensionControl;

interface LoggedUrge {
  id: string;
  profileKey: string;
  source: string;
  outcome: string;
  strength: number | null;
  triggers: string[];
  hopingToFind: string;
  secondsOnScreen: number;
}

async function urges(): Promise<LoggedUrge[]> {
  const page = await control.open();
  const all = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
  return Object.entries(all)
    .filter(([key]) => key.startsWith('urge:'))
    .map(([, value]) => value as LoggedUrge);
}

beforeAll(async () => {
  sites = await startStandInSites();
  chromium = await launchChromium({ extensionDir: chromeBuild(), standInPort: sites.port });
  control = new ExtensionControl(chromium);
  // A one-second breath keeps the test quick; the real default is 10 s and grows.
  await control.set({ settings: { allowanceMinutes: 5, breathSteps: [1], strict: false } });
  await control.listProfiles(['instagram:someex']);
});

afterAll(async () => {
  await control?.close();
  await chromium?.close();
  await sites?.close();
});

beforeEach(async () => {
  const page = await control.open();
  await page.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> } } } }).chrome;
    const keys = Object.keys(await storage.local.get(null)).filter((key) => key.startsWith('urge:') || key === 'allowances');
    await storage.local.remove(keys);
  });
  sites.reset();
});

async function fromNews(): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto('https://news.example.test/');
  await page.getByRole('link', { name: neutralLinkName('https://www.instagram.com/someex/'), exact: true }).click();
  await waitForPause(chromium, page, 'Instagram @someex');
  return page;
}

test('a stopped visit is logged at once as undecided, and only once across a reload', async () => {
  const page = await fromNews();
  await until(async () => (await urges()).length === 1, 'the urge to be logged');
  expect(await urges()).toEqual([expect.objectContaining({ profileKey: 'instagram:someex', source: 'load', outcome: 'undecided' })]);
  await page.reload();
  await waitForPause(chromium, page, 'Instagram @someex');
  await page.waitForTimeout(300);
  expect(await urges()).toHaveLength(1);
  await page.close();
});

test('Go back: logged as turned back with the choice made, and the user is back where they were', async () => {
  const page = await fromNews();
  await page.getByRole('radio', { name: '6' }).check();
  await page.getByRole('checkbox', { name: 'Lonely' }).check();
  await page.getByLabel('What are you hoping to find? (optional)').fill('if they miss me');
  await page.getByRole('button', { name: 'Go back' }).click();
  await until(() => page.url() === 'https://news.example.test/', `the news page (at ${page.url()})`);
  await until(async () => (await urges())[0]?.outcome === 'turned-back', 'the outcome');
  expect(await urges()).toEqual([
    expect.objectContaining({ outcome: 'turned-back', strength: 6, triggers: ['lonely'], hopingToFind: 'if they miss me', source: 'load' }),
  ]);
  expect(profileRequests(sites, 'someex', 'instagram.com')).toEqual([]);
  await page.close();
});

test('Continue: only after the breath and a choice; logged as continued; the profile then opens', async () => {
  const page = await chromium.newPage();
  await page.goto('https://www.instagram.com/');
  await page.getByRole('link', { name: linkName('/someex/', 'push-first') }).click();
  await waitForPause(chromium, page, 'Instagram @someex');
  const proceed = page.getByRole('button', { name: 'Continue to profile' });
  expect(await proceed.isDisabled()).toBe(true);
  await page.getByRole('checkbox', { name: 'Bored' }).check();
  await until(async () => !(await proceed.isDisabled()), 'Continue to become available');
  await proceed.click();
  await until(() => page.url() === 'https://www.instagram.com/someex/', `the profile (at ${page.url()})`);
  await sites.waitForReport({ handle: 'someex', reason: 'frame' });
  expect(profileRequests(sites, 'someex', 'instagram.com').length).toBeGreaterThan(0);
  expect(await urges()).toEqual([expect.objectContaining({ outcome: 'continued', triggers: ['bored'], source: 'app' })]);
  await page.close();
});
