/**
 * A pause that feels like a pause (issue 16), in the real extension in Debian's Chromium against
 * the stand-in sites:
 *
 * - the pause opens at the top: in its very first frame the heading, the reflection and the
 *   breath are in view, and "Go back" has the focus, on a laptop window (1366×650), a tall one
 *   (1280×900) and a phone-sized one (360×640), with a week of logging behind it;
 * - closing the pause tab is turning back, and the popup counts it so;
 * - an allowance keeps its word: a tab still showing the profile when it ends pauses again;
 * - each pause shows the next reflection (recorded once the pause is drawn).
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { test } from './harness/fixtures';
import { type ExtensionControl, profileRequests, waitForPause } from './harness/interception';
import { neutralLinkName } from './harness/stand-in-sites';
import type { Allowances, StoredSettings, StoredUrge } from './harness/stored';

const SETTINGS: StoredSettings = { allowanceMinutes: 5, breathSteps: [10], strict: false };
const HOUR = 3_600_000;

test.beforeEach(async ({ control }) => {
  await control.set({ settings: SETTINGS });
  await control.listProfiles(['instagram:someex']);
  await control.removeUrges();
  await control.endAllowances();
});

/** A few earlier pauses today and this week, one of them a look, so the story line has things to say. */
async function someHistory(control: ExtensionControl): Promise<void> {
  const urge = (id: string, agoMs: number, outcome: StoredUrge['outcome']): StoredUrge => ({
    id, v: 1, at: Date.now() - agoMs, profileKey: 'instagram:someex', source: 'load', strength: 6, triggers: ['lonely'],
    hopingToFind: '', outcome, secondsOnScreen: 20, feltAfter: outcome === 'continued' ? 'worse' : null, reflection: '', shownReflection: null,
  });
  // Seconds ago, so they are today whatever the hour the test runs (and one from an earlier day).
  const urges = [urge('h1', 2_000, 'turned-back'), urge('h2', 1_000, 'continued'), urge('h3', 26 * HOUR, 'turned-back')];
  await control.set(Object.fromEntries(urges.map((u) => [`urge:${u.id}`, u])));
  // Written behind the digest's back: without one, the pause counts it again from the urges.
  await control.remove(['urgeDigest']);
}

/**
 * Records, from the page's first animation frame with the heading in it, where the heading, the
 * reflection, the breath circle and "Go back" are, how far the page is scrolled, and what has the
 * focus. (A string: it runs in the page before any of the page's own scripts.)
 */
const RECORD_FIRST_FRAME = `
  const look = () => {
    const heading = document.querySelector('h1');
    if (!heading) return requestAnimationFrame(look);
    const box = (selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    globalThis.__firstFrame = {
      viewport: { width: innerWidth, height: innerHeight },
      scrollY,
      heading: box('h1'),
      reflection: box('.reflection'),
      breath: box('.breath-circle'),
      goBack: box('button.go-back'),
      focused: document.activeElement ? document.activeElement.textContent : null,
    };
  };
  requestAnimationFrame(look);
`;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface FirstFrame {
  viewport: { width: number; height: number };
  scrollY: number;
  heading: Box | null;
  reflection: Box | null;
  breath: Box | null;
  goBack: Box | null;
  focused: string | null;
}

const inView = (box: Box | null, viewport: FirstFrame['viewport']): boolean =>
  box !== null && box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width;

async function firstFrameAt(chromium: ChromiumSession, control: ExtensionControl, size: { width: number; height: number }): Promise<{ frame: FirstFrame; page: Page }> {
  const page = await chromium.newPage();
  await page.setViewportSize(size);
  await page.addInitScript(RECORD_FIRST_FRAME);
  await page.goto(chromium.extensionUrl(await control.pausePath('https://www.instagram.com/someex/', 'load')));
  await waitForPause(chromium, page, 'Instagram @someex');
  let frame: FirstFrame | undefined;
  await expect
    .poll(async () => (frame = await page.evaluate(() => (globalThis as { __firstFrame?: FirstFrame }).__firstFrame)), { message: 'the first frame to be recorded' })
    .toBeDefined();
  return { frame: frame!, page };
}

describe('the pause opens at the top, with the heading, the reflection and the breath in view', () => {
  for (const size of [
    { width: 1366, height: 650 },
    { width: 1280, height: 900 },
    { width: 360, height: 640 },
  ]) {
    test(`${size.width}×${size.height}: in view in the first frame, not scrolled, "Go back" focused`, async ({ chromium, control }) => {
      await someHistory(control);
      const { frame, page } = await firstFrameAt(chromium, control, size);
      console.log(`first frame at ${size.width}×${size.height}: ${JSON.stringify(frame)}`);
      expect(frame.viewport).toEqual(size);
      expect(frame.scrollY).toBe(0);
      expect(inView(frame.heading, frame.viewport), 'the heading').toBe(true);
      expect(inView(frame.reflection, frame.viewport), 'the reflection').toBe(true);
      expect(inView(frame.breath, frame.viewport), 'the breath').toBe(true);
      expect(inView(frame.goBack, frame.viewport), '"Go back"').toBe(true);
      expect(frame.focused).toBe('Go back');
      // Nothing asks anything while the breath runs, and there is nothing to continue with yet.
      expect(await page.getByRole('group').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Continue to profile' }).count()).toBe(0);
      // The story leads with what encourages: never a ratio after the look a moment ago.
      const story = await page.locator('.story').textContent();
      expect(story).toMatch(/^The 3rd pause today: 3 times you stopped to think\./);
      expect(story).not.toMatch(/ of \d|%/);
      // Still at the top once everything has settled.
      expect(await page.evaluate(() => scrollY)).toBe(0);
    });
  }
});

test('closing the pause tab is turning back: the log and the popup count it so', async ({ chromium, control, page: news }) => {
  await news.goto('https://news.example.test/');
  const [tab] = await Promise.all([chromium.context.waitForEvent('page'), news.getByRole('link', { name: neutralLinkName('https://www.instagram.com/someex/', true), exact: true }).click()]);
  await waitForPause(chromium, tab, 'Instagram @someex');
  await expect.poll(async () => (await control.urges()).length, { message: 'the pause’s urge' }).toBe(1);
  await tab.close({ runBeforeUnload: true });
  await expect
    .poll(async () => (await control.urges()).map((u) => ({ outcome: u.outcome, left: u.left })), { message: 'the urge to be turned back by leaving' })
    .toEqual([{ outcome: 'turned-back', left: true }]);

  const popup = await chromium.newPage();
  await popup.goto(chromium.extensionUrl('popup.html'));
  await expect.poll(async () => (await popup.locator('.week-compact .headline').textContent())?.replace(/\s+/g, ' ').trim(), { message: 'the week' }).toBe('1 urge · 1 turned back');
  await expect.poll(() => popup.locator('ol.urge-log > li.urge .urge-line').first().textContent(), { message: 'the log' }).toMatch(/^Turned back · .* · Instagram @someex · left the pause$/);
});

test('when an allowance ends, a tab still on the profile pauses again', async ({ chromium, control, page, sites }) => {
  // The allowance as "Continue" stores it, ending a few seconds from now.
  const allowance: Allowances = { 'instagram:someex': { grantedAt: Date.now() - 1_000, expiresAt: Date.now() + 4_000 } };
  await control.set({ allowances: allowance });
  await expect.poll(() => control.sessionRules(), { message: 'the allow rule' }).toContain('someex');
  await page.goto('https://www.instagram.com/someex/');
  await page.getByText('PROFILE OF someex').waitFor();
  expect(profileRequests(sites, 'someex')).toHaveLength(1);
  // Nobody navigates: the open tab is paused when the allowance ends.
  await waitForPause(chromium, page, 'Instagram @someex', 15_000);
  await expect.poll(async () => Object.keys(((await control.get('allowances')) ?? {}) as Allowances), { message: 'the allowance to be gone' }).toEqual([]);
});

test('each pause in view shows the next reflection: the one shown is recorded once it is drawn', async ({ chromium, control }) => {
  const shown: string[] = [];
  for (let visit = 0; visit < 3; visit++) {
    const tab = await chromium.newPage();
    await tab.goto('https://www.instagram.com/someex/').catch(() => undefined);
    await waitForPause(chromium, tab, 'Instagram @someex');
    const reflection = (await tab.locator('#pause-reflection').getAttribute('data-reflection')) ?? '';
    await expect.poll(async () => ((await control.get('reflectionRotation')) as { last?: string } | undefined)?.last, { message: 'the reflection to be recorded' }).toBe(reflection);
    shown.push(reflection);
    await tab.close();
  }
  expect(new Set(shown).size).toBe(3);
});
