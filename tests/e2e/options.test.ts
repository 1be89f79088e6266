/**
 * The options page's add-profile form, in the real extension (Chromium, .output/chrome-mv3):
 * URLs are recognised and normalised, duplicates refused, posts explained, and the list survives
 * a reload. Written against the form's contract (PRODUCT.md): a field labelled "Profile URL",
 * a "Network" select for bare handles, an "Add profile" button, a role=status message with
 * "Added", a role=alert explanation, and one "Remove <Network> @<handle>" button per profile.
 *
 * Each test starts from an empty list, on a freshly opened options page, and adds through the
 * form what it needs.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './harness/fixtures';
import type { PendingChange } from './harness/stored';

test.beforeEach(async ({ chromium, control, page }) => {
  await control.remove(['people', 'pendingChanges']);
  // Should removing ask for confirmation with window.confirm, say yes (Playwright says no).
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(chromium.extensionUrl('options.html'));
  await field(page).waitFor();
});

const field = (page: Page): Locator => page.getByLabel('Profile URL');
const addButton = (page: Page): Locator => page.getByRole('button', { name: 'Add profile' });
const removeButton = (page: Page, name: string): Locator => page.getByRole('button', { name: `Remove ${name}`, exact: true });
/**
 * The list item that shows a profile: network name and handle, with its remove button. The
 * innermost one: profiles may be listed inside a list item for their person.
 */
const listed = (page: Page, network: string, handle: string): Locator =>
  page
    .getByRole('listitem')
    .filter({ hasNot: page.getByRole('listitem') })
    .filter({ hasText: network })
    .filter({ hasText: handle })
    .filter({ has: removeButton(page, `${network} ${handle}`) });

async function add(page: Page, url: string): Promise<void> {
  await field(page).fill(url);
  await addButton(page).click();
}

/** Waits for a live region (status or alert) whose text matches. */
async function announced(page: Page, role: 'status' | 'alert', text: RegExp): Promise<string> {
  const region = page.getByRole(role).filter({ hasText: text });
  await region.first().waitFor({ timeout: 5_000 });
  return (await region.first().textContent()) ?? '';
}

/** Adds a profile through the form and waits until it is listed. */
async function added(page: Page, url: string, network: string, handle: string): Promise<void> {
  await add(page, url);
  await announced(page, 'status', /Added/);
  await listed(page, network, handle).waitFor();
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await field(page).waitFor();
}

test('adds a pasted Instagram URL as Instagram @someex, whatever its case and query', async ({ page }) => {
  await added(page, 'https://www.instagram.com/SomeEx/?igsh=1', 'Instagram', '@someex');
});

test('adds an X post URL as its author, X @someone_else', async ({ page }) => {
  await added(page, 'https://x.com/someone_else/status/1', 'X', '@someone_else');
});

test('does not list the same profile twice, and says it is already listed', async ({ page }) => {
  await added(page, 'https://www.instagram.com/SomeEx/?igsh=1', 'Instagram', '@someex');
  await add(page, 'https://instagram.com/someex');
  await announced(page, 'status', /already/i);
  await expect.poll(() => removeButton(page, 'Instagram @someex').count()).toBe(1);
});

test('keeps both profiles across a reload', async ({ page }) => {
  await added(page, 'https://www.instagram.com/SomeEx/?igsh=1', 'Instagram', '@someex');
  await added(page, 'https://x.com/someone_else/status/1', 'X', '@someone_else');
  await reload(page);
  await listed(page, 'Instagram', '@someex').waitFor();
  await listed(page, 'X', '@someone_else').waitFor();
  expect(await removeButton(page, 'Instagram @someex').count()).toBe(1);
  expect(await removeButton(page, 'X @someone_else').count()).toBe(1);
});

test('explains that a post link is not a profile', async ({ page }) => {
  await add(page, 'https://www.instagram.com/p/ABC123/');
  const alert = await announced(page, 'alert', /post/i);
  expect(alert.length).toBeGreaterThan(10); // an explanation, not just a word
  expect(await page.getByRole('listitem').filter({ hasText: 'ABC123' }).count()).toBe(0);
});

test('removing waits out the cooling-off period and can be taken back until then', async ({ page }) => {
  await added(page, 'https://www.instagram.com/SomeEx/?igsh=1', 'Instagram', '@someex');
  await removeButton(page, 'Instagram @someex').click();
  await page.getByRole('button', { name: 'Keep Instagram @someex', exact: true }).waitFor();
  await reload(page);
  // Still listed (and still paused), with the removal shown as pending.
  await page.getByText(/^Leaves your list /).waitFor();
  await page.getByRole('region', { name: 'Waiting to take effect' }).getByText(/^Instagram @someex leaves your list on /).waitFor();
  await page.getByRole('button', { name: 'Keep Instagram @someex', exact: true }).click();
  await removeButton(page, 'Instagram @someex').waitFor();
});

test('once the cooling-off period has passed, the background removes the profile for good', async ({ page }) => {
  await added(page, 'https://www.instagram.com/SomeEx/?igsh=1', 'Instagram', '@someex');
  await added(page, 'https://x.com/someone_else/status/1', 'X', '@someone_else');
  // A removal asked for a day ago, due a second from now: the background applies it on time.
  await page.evaluate(() => {
    const now = Date.now();
    const change: PendingChange = { id: 'e2e-removal', kind: 'remove-profile', key: 'instagram:someex', requestedAt: now - 86_400_000, effectiveAt: now + 1000 };
    return (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ pendingChanges: [change] });
  });
  // First shown as pending, then gone once the background has applied it.
  const keep = page.getByRole('button', { name: 'Keep Instagram @someex', exact: true });
  await keep.waitFor();
  await keep.waitFor({ state: 'detached', timeout: 15_000 });
  await reload(page);
  await listed(page, 'X', '@someone_else').waitFor();
  expect(await removeButton(page, 'Instagram @someex').count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Waiting to take effect' }).count()).toBe(0);
});
