/**
 * The options page's add-profile form, in the real extension (Chromium, .output/chrome-mv3):
 * URLs are recognised and normalised, duplicates refused, posts explained, and the list survives
 * a reload. Written against the form's contract (PRODUCT.md): a field labelled "Profile URL",
 * a "Network" select for bare handles, an "Add profile" button, a role=status message with
 * "Added", a role=alert explanation, and one "Remove <Network> @<handle>" button per profile.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromeBuild } from './harness/builds';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startStandInSites, type StandInSites } from './harness/stand-in-sites';

let sites: StandInSites;
let chromium: ChromiumSession;
let page: Page;

beforeAll(async () => {
  // No site is visited here, but the browser is launched exactly as in the other tests.
  sites = await startStandInSites();
  chromium = await launchChromium({ extensionDir: chromeBuild(), standInPort: sites.port });
  page = await chromium.newPage();
  // Should removing ask for confirmation with window.confirm, say yes (Playwright says no).
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(chromium.extensionUrl('options.html'));
});

afterAll(async () => {
  await chromium?.close();
  await sites?.close();
});

const field = (): Locator => page.getByLabel('Profile URL');
const addButton = (): Locator => page.getByRole('button', { name: 'Add profile' });
const removeButton = (name: string): Locator => page.getByRole('button', { name: `Remove ${name}`, exact: true });
/**
 * The list item that shows a profile: network name and handle, with its remove button. The
 * innermost one: profiles may be listed inside a list item for their person.
 */
const listed = (network: string, handle: string): Locator =>
  page
    .getByRole('listitem')
    .filter({ hasNot: page.getByRole('listitem') })
    .filter({ hasText: network })
    .filter({ hasText: handle })
    .filter({ has: removeButton(`${network} ${handle}`) });

async function add(url: string): Promise<void> {
  await field().fill(url);
  await addButton().click();
}

/** Waits for a live region (status or alert) whose text matches. */
async function announced(role: 'status' | 'alert', text: RegExp): Promise<string> {
  const region = page.getByRole(role).filter({ hasText: text });
  await region.first().waitFor({ timeout: 5_000 });
  return (await region.first().textContent()) ?? '';
}

async function reload(): Promise<void> {
  await page.reload();
  await field().waitFor();
}

test('adds a pasted Instagram URL as Instagram @someex, whatever its case and query', async () => {
  await field().waitFor();
  await add('https://www.instagram.com/SomeEx/?igsh=1');
  await announced('status', /Added/);
  await listed('Instagram', '@someex').waitFor();
});

test('adds an X post URL as its author, X @someone_else', async () => {
  await add('https://x.com/someone_else/status/1');
  await announced('status', /Added/);
  await listed('X', '@someone_else').waitFor();
});

test('does not list the same profile twice, and says it is already listed', async () => {
  await add('https://instagram.com/someex');
  await announced('status', /already/i);
  await expect.poll(() => removeButton('Instagram @someex').count()).toBe(1);
});

test('keeps both profiles across a reload', async () => {
  await reload();
  await listed('Instagram', '@someex').waitFor();
  await listed('X', '@someone_else').waitFor();
  expect(await removeButton('Instagram @someex').count()).toBe(1);
  expect(await removeButton('X @someone_else').count()).toBe(1);
});

test('explains that a post link is not a profile', async () => {
  await add('https://www.instagram.com/p/ABC123/');
  const alert = await announced('alert', /post/i);
  expect(alert.length).toBeGreaterThan(10); // an explanation, not just a word
  expect(await page.getByRole('listitem').filter({ hasText: 'ABC123' }).count()).toBe(0);
});

test('removing waits out the cooling-off period and can be taken back until then', async () => {
  await removeButton('Instagram @someex').click();
  await page.getByRole('button', { name: 'Keep Instagram @someex', exact: true }).waitFor();
  await reload();
  // Still listed (and still paused), with the removal shown as pending.
  await page.getByText(/^Leaves your list /).waitFor();
  await page.getByRole('region', { name: 'Waiting to take effect' }).getByText(/^Remove Instagram @someex:/).waitFor();
  await page.getByRole('button', { name: 'Keep Instagram @someex', exact: true }).click();
  await removeButton('Instagram @someex').waitFor();
});

test('once the cooling-off period has passed, the background removes the profile for good', async () => {
  // A removal asked for a day ago, due a second from now: the background applies it on time.
  await page.evaluate(() => {
    const now = Date.now();
    const change = { id: 'e2e-removal', kind: 'remove-profile', key: 'instagram:someex', requestedAt: now - 86_400_000, effectiveAt: now + 1000 };
    return (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ pendingChanges: [change] });
  });
  // First shown as pending, then gone once the background has applied it.
  const keep = page.getByRole('button', { name: 'Keep Instagram @someex', exact: true });
  await keep.waitFor();
  await keep.waitFor({ state: 'detached', timeout: 15_000 });
  await reload();
  await listed('X', '@someone_else').waitFor();
  expect(await removeButton('Instagram @someex').count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Waiting to take effect' }).count()).toBe(0);
});
