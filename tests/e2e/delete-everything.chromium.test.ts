/**
 * "Delete everything" deletes everything, though it is carried out by the background once its
 * cooling-off has passed: the extension's storage, its session storage, the copy of the week
 * the popup keeps in page storage (which Chrome's service worker cannot reach itself), the
 * request rules. The next popup shows nothing of the deleted week.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './harness/fixtures';
import type { Allowances, PendingChange, StoredUrge } from './harness/stored';

declare const chrome: {
  storage: { local: { get(k: null): Promise<Record<string, unknown>> }; session: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  declarativeNetRequest: { getDynamicRules(): Promise<unknown[]>; getSessionRules(): Promise<unknown[]> };
};

/** Every storage area an extension page can see, as it sees them. */
async function everyArea(page: Page) {
  return page.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    pageStorage: Object.fromEntries(Object.entries(localStorage)),
    dynamicRules: (await chrome.declarativeNetRequest.getDynamicRules()).length,
    sessionRules: (await chrome.declarativeNetRequest.getSessionRules()).length,
  }));
}

test('after "Delete everything", every storage area is empty but for the log’s note that it happened', async ({ chromium, control }) => {
  const now = Date.now();
  const urge = (id: string, at: number): StoredUrge => ({
    id, v: 1, at, profileKey: 'instagram:someex', source: 'load', strength: 7, triggers: ['lonely'], hopingToFind: 'whether they are happy',
    outcome: 'turned-back', secondsOnScreen: 30, feltAfter: null, reflection: 'A hard evening.', shownReflection: null,
  });
  const allowances: Allowances = { 'instagram:someex': { grantedAt: now - 1_000, expiresAt: now + 60_000 } };
  await control.listProfiles(['instagram:someex']);
  await control.set({
    'urge:a': urge('a', now - 3_600_000),
    'urge:b': urge('b', now - 2 * 3_600_000),
    weekNotes: { '2026-11-23': 'Private words.' },
    allowances,
  });
  // The popup keeps this week in page storage for its next first frame.
  const popup = await chromium.newPage();
  await popup.goto(chromium.extensionUrl('popup.html'));
  await popup.locator('.headline', { hasText: /^2 urges/ }).waitFor();
  await popup.close();
  const page = await control.open();
  const before = await everyArea(page);
  expect(Object.keys(before.pageStorage).length).toBeGreaterThan(0);
  expect(before.dynamicRules).toBeGreaterThan(0);
  await page.evaluate(() => chrome.storage.session.set({ leftover: 'from a page' }));

  // The request to delete, its cooling-off already over: the background carries it out.
  const deletion: PendingChange = { id: 'delete', kind: 'delete-everything', requestedAt: now - 25 * 3_600_000, effectiveAt: now - 3_600_000 };
  await control.set({ pendingChanges: [deletion] });
  await expect.poll(() => control.get('urge:a'), { message: 'the background to delete everything', timeout: 15_000 }).toBeUndefined();
  await expect.poll(async () => (await everyArea(page)).dynamicRules, { message: 'the request rules to go' }).toBe(0);

  const after = await everyArea(page);
  console.log(`after deletion: ${JSON.stringify({ ...after, local: Object.keys(after.local) })}`);
  const kept = Object.keys(after.local).filter((key) => !key.startsWith('event:'));
  // What the background makes afresh (a new pass, the rules' status and the search rules' status,
  // the now empty queue of waiting changes and the storage's version marks): nothing of the user's.
  expect(kept.filter((key) => !['pausePass', 'ruleStatus', 'searchStatus', 'pendingChanges'].includes(key.replace(/\$$/, '')))).toEqual([]);
  expect(after.local.pendingChanges ?? []).toEqual([]);
  expect(Object.values(after.local).filter((value) => (value as { kind?: string }).kind === 'data-deleted')).toHaveLength(1);
  expect(JSON.stringify(after.local)).not.toMatch(/someex|Private words|A hard evening|happy/);
  expect(after.session).toEqual({});
  expect(after.pageStorage).toEqual({});
  expect(after.sessionRules).toBe(0);

  // The next popup's first frame shows nothing of the deleted week.
  const next = await chromium.newPage();
  await next.goto(chromium.extensionUrl('popup.html'));
  await next.getByRole('heading', { name: 'Letting Go' }).waitFor();
  expect(await next.getByText(/2 urges/).count()).toBe(0);
});
