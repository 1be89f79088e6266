/**
 * The pause in the user's own words (issue 15), in the real extension in Debian's Chromium
 * against the stand-in sites:
 *
 * - a plan the user wrote shows on the pause, "Go back" carries its action, and the next pause
 *   asks once whether it helped;
 * - "I need to check for my safety" opens the profile at once, strict mode and all, with no breath
 *   and no question, and is logged as a safety check that the popup counts apart from urges;
 * - a letter written from the pause stays on this device and shows in the popup's log as a
 *   letter, while the pause it came from counts as turning back.
 */
import { describe, expect } from 'vitest';
import { test } from './harness/fixtures';
import { answerPause, profileRequests, waitForPause } from './harness/interception';
import type { OwnWords, StoredSettings } from './harness/stored';

const SETTINGS: StoredSettings = { allowanceMinutes: 5, breathSteps: [3], strict: false };
const PROFILE = 'https://www.instagram.com/someex/';

const OWN_WORDS: OwnWords = {
  plans: [{ id: 'p1', when: { kind: 'words', text: 'I want to see what they are doing' }, then: 'call Maya' }],
  reasons: [],
};

test.beforeEach(async ({ control }) => {
  await control.set({ settings: SETTINGS, ownWords: { plans: [], reasons: [] } });
  await control.remove(['saidOnce', 'planOffered']);
  await control.listProfiles(['instagram:someex']);
  await control.removeUrges();
  await control.endAllowances();
  await control.remove(Object.keys(await control.all()).filter((key) => key.startsWith('letter:')));
});

describe('a plan in their own words', () => {
  test('shows on the pause, goes back "and call Maya", and the next pause asks once whether it helped', async ({ chromium, control, page }) => {
    await control.set({ ownWords: OWN_WORDS });
    await page.goto(chromium.extensionUrl(await control.pausePath(PROFILE, 'load')));
    await waitForPause(chromium, page, 'Instagram @someex');
    await expect.poll(() => page.getByText('Your plan for “I want to see what they are doing”: call Maya').count(), { message: 'the plan on the pause' }).toBe(1);
    const goBack = page.getByRole('button', { name: 'Go back and call Maya' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { message: '"Go back" focused' }).toBe('Go back and call Maya');
    await answerPause(page);
    await goBack.click();
    await expect
      .poll(async () => (await control.urges()).map((u) => ({ outcome: u.outcome, plan: u.plan?.then })), { message: 'the urge, turned back with its plan' })
      .toEqual([{ outcome: 'turned-back', plan: 'call Maya' }]);

    // The next pause, after its breath, asks about the plan once.
    const next = await chromium.newPage();
    await next.goto(chromium.extensionUrl(await control.pausePath(PROFILE, 'load')));
    await waitForPause(chromium, next, 'Instagram @someex');
    const question = next.getByText('Last time your plan was: call Maya. Did it help?');
    await question.waitFor();
    await next.getByRole('button', { name: 'It helped' }).click();
    await next.getByText('Thank you. Your plans can change whenever you like, in the settings.').waitFor();
    await expect
      .poll(async () => (await control.urges()).filter((u) => u.plan !== undefined).map((u) => u.planHelped), { message: 'the answer kept with the earlier urge' })
      .toEqual(['yes']);
    await next.close();

    // Asked once: the pause after that does not ask again.
    const third = await chromium.newPage();
    await third.goto(chromium.extensionUrl(await control.pausePath(PROFILE, 'load')));
    await waitForPause(chromium, third, 'Instagram @someex');
    await answerPause(third);
    expect(await third.getByText(/Did it help\?/).count()).toBe(0);
    await third.close();
  });

  test('with no plan yet, the pause offers to make one, and what is saved there shows on the settings page', async ({ chromium, control, page }) => {
    await page.goto(chromium.extensionUrl(await control.pausePath(PROFILE, 'load')));
    await waitForPause(chromium, page, 'Instagram @someex');
    await answerPause(page, { trigger: 'Lonely' });
    await page.getByRole('button', { name: 'Make a plan for next time' }).click();
    await page.getByLabel('I will…').fill('go for a walk');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByText('Saved. The pause will show it when it fits.').waitFor();
    await expect
      .poll(async () => ((await control.get('ownWords')) as OwnWords).plans.map((plan) => ({ when: plan.when, then: plan.then })), { message: 'the plan kept' })
      .toEqual([{ when: { kind: 'trigger', trigger: 'lonely' }, then: 'go for a walk' }]);
    // Now it fits this very moment: "Go back" carries it.
    await page.getByRole('button', { name: 'Go back and go for a walk' }).waitFor();

    const options = await chromium.newPage();
    await options.goto(chromium.extensionUrl('options.html#own-words'));
    await options.getByText('go for a walk').first().waitFor();
    await options.close();
  });
});

describe('checking for safety', () => {
  test('opens the profile at once in strict mode, with no breath and no question, logged apart and never as a look', async ({ chromium, control, page, sites }) => {
    await control.set({ settings: { ...SETTINGS, strict: true, breathSteps: [60] } });
    await page.goto(chromium.extensionUrl(await control.pausePath(PROFILE, 'load')));
    await waitForPause(chromium, page, 'Instagram @someex');
    // Strict mode: nothing to continue with, ever; the safety link is there from the first moment.
    expect(await page.getByRole('button', { name: 'Continue to profile' }).count()).toBe(0);
    const started = Date.now();
    await page.getByRole('button', { name: 'I need to check for my safety' }).click();
    await page.getByText('PROFILE OF someex').waitFor();
    // Well before the minute's breath would have ended.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(profileRequests(sites, 'someex').length).toBeGreaterThan(0);
    await expect.poll(async () => (await control.urges()).map((u) => u.outcome), { message: 'a safety check in the log' }).toEqual(['safety']);

    const popup = await chromium.newPage();
    await popup.goto(chromium.extensionUrl('popup.html'));
    await popup.getByText('1 safety check this week, counted apart from urges.').waitFor();
    // Not counted as an urge, nor as a look.
    expect(await popup.locator('.week-compact .headline').count()).toBe(0);
    expect(await popup.locator('.week-compact').textContent()).toContain('No urges logged this week.');
    expect(await popup.getByText('You haven’t looked since you started.').count()).toBe(1);
    // A line about support, once.
    expect(await popup.getByRole('link', { name: 'find a helpline near you' }).count()).toBe(1);
    await popup.close();
    const again = await chromium.newPage();
    await again.goto(chromium.extensionUrl('popup.html'));
    await again.getByText('1 safety check this week, counted apart from urges.').waitFor();
    expect(await again.getByRole('link', { name: 'find a helpline near you' }).count()).toBe(0);
    await again.close();
  });
});

test('a letter written from the pause stays here, shows in the log as a letter, and the pause counts as turned back', async ({ chromium, control, page }) => {
  await page.goto(chromium.extensionUrl(await control.pausePath(PROFILE, 'load')));
  await waitForPause(chromium, page, 'Instagram @someex');
  await page.getByRole('button', { name: 'Write to them here instead (never sent)' }).click();
  await page.getByRole('heading', { name: 'A letter you don’t send' }).waitFor();
  await page.getByLabel('Your letter').fill('I hope the new job is going well. I am not going to write this anywhere else.');
  await page.getByRole('button', { name: 'Keep it here' }).click();
  await page.getByText('Kept on this device. Nothing was sent.').waitFor();
  await expect
    .poll(async () => Object.entries(await control.all()).filter(([key]) => key.startsWith('letter:')).map(([, value]) => (value as { text: string }).text), { message: 'the letter kept' })
    .toEqual(['I hope the new job is going well. I am not going to write this anywhere else.']);
  await expect.poll(async () => (await control.urges()).map((u) => u.outcome), { message: 'the pause it came from' }).toEqual(['turned-back']);

  const popup = await chromium.newPage();
  await popup.goto(chromium.extensionUrl('popup.html'));
  await expect.poll(() => popup.locator('ol.urge-log').getByText('A letter, not sent').count(), { message: 'the letter in the log' }).toBe(1);
  await popup.close();
});
