/**
 * From a stopped profile to a logged urge, in the real extension: the pause screen logs every
 * attempt once, with the user's choice and outcome, for "Go back" and for "Continue".
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import { answerPause, profileRequests, waitForPause } from './harness/interception';
import { linkName, neutralLinkName } from './harness/stand-in-sites';
import type { StoredSettings } from './harness/stored';

// A one-second breath keeps the test quick; the real default is 10 s and grows.
const SETTINGS: StoredSettings = { allowanceMinutes: 5, breathSteps: [1], strict: false };

test.beforeEach(async ({ control }) => {
  await control.set({ settings: SETTINGS });
  await control.listProfiles(['instagram:someex']);
  // No urge logged and no profile opened yet ("Continue" opens one for minutes).
  await control.removeUrges();
  await control.endAllowances();
});

async function fromNews(chromium: ChromiumSession, page: Page): Promise<void> {
  await page.goto('https://news.example.test/');
  await page.getByRole('link', { name: neutralLinkName('https://www.instagram.com/someex/'), exact: true }).click();
  await waitForPause(chromium, page, 'Instagram @someex');
}

test('a stopped visit is logged at once as undecided, and only once across a reload', async ({ chromium, control, page }) => {
  await fromNews(chromium, page);
  await expect.poll(async () => (await control.urges()).length, { message: 'the urge to be logged' }).toBe(1);
  expect(await control.urges()).toEqual([expect.objectContaining({ profileKey: 'instagram:someex', source: 'load', outcome: 'undecided' })]);
  await page.reload();
  await waitForPause(chromium, page, 'Instagram @someex');
  await page.waitForTimeout(300);
  expect(await control.urges()).toHaveLength(1);
});

test('Go back: logged as turned back with the choice made, and the user is back where they were', async ({ chromium, control, page, sites }) => {
  await fromNews(chromium, page);
  // The first pause of the day asks what set it off.
  expect(await answerPause(page, { trigger: 'Lonely', hoping: 'if they miss me' })).toBe('trigger');
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect.poll(() => page.url(), { message: 'the news page' }).toBe('https://news.example.test/');
  await expect.poll(async () => (await control.urges())[0]?.outcome, { message: 'the outcome' }).toBe('turned-back');
  expect(await control.urges()).toEqual([
    expect.objectContaining({ outcome: 'turned-back', strength: null, triggers: ['lonely'], hopingToFind: 'if they miss me', source: 'load' }),
  ]);
  expect(profileRequests(sites, 'someex', 'instagram.com')).toEqual([]);
});

test('Continue: only after the breath and a choice; logged as continued; the profile then opens', async ({ chromium, control, page, sites }) => {
  await page.goto('https://www.instagram.com/');
  await page.getByRole('link', { name: linkName('/someex/', 'push-first') }).click();
  await waitForPause(chromium, page, 'Instagram @someex');
  const proceed = page.getByRole('button', { name: 'Continue to profile' });
  // During the breath there is nothing to continue with; after it, one question first.
  expect(await proceed.count()).toBe(0);
  expect(await page.getByText('After the breath, you can choose.').count()).toBe(1);
  await page.getByRole('group', { name: 'What set it off?' }).waitFor();
  expect(await proceed.isDisabled()).toBe(true);
  await page.getByRole('checkbox', { name: 'Bored' }).check();
  await expect.poll(() => proceed.isDisabled(), { message: 'Continue to become available' }).toBe(false);
  await proceed.click();
  await expect.poll(() => page.url(), { message: 'the profile' }).toBe('https://www.instagram.com/someex/');
  await sites.waitForReport({ handle: 'someex', reason: 'frame' });
  expect(profileRequests(sites, 'someex', 'instagram.com').length).toBeGreaterThan(0);
  expect(await control.urges()).toEqual([expect.objectContaining({ outcome: 'continued', triggers: ['bored'], source: 'app' })]);
});
