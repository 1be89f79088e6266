/**
 * Giving the extension an optional host permission in a browser test, the way a user would: the
 * user gives it, then clicks the control that asks for it. Neither browser lets automation answer
 * the permission prompt itself, so each test grants the access through the browser's own means
 * first; the extension's request (permissions.request, from the click) then resolves as granted,
 * by the browser's ordinary code path, with no prompt.
 *
 * - Firefox: the preference `extensions.webextOptionalPermissionPrompts: false`
 *   (`FIREFOX_GRANTS_OPTIONAL_PERMISSIONS`, given with the file's `firefoxOptions`) makes
 *   permissions.request grant without the doorhanger; a click that starts the request is still
 *   needed, since Firefox refuses a request outside a user's gesture. Mozilla's own tests set it.
 * - Chromium: there is no switch. `grantHostsInChromium` opens chrome://extensions for the
 *   extension and calls chrome.developerPrivate.addHostPermission for each pattern, which is what
 *   Details → Site access → "On specific sites" → Add does for a user. A later
 *   permissions.request for patterns that are all granted already is accepted with no prompt
 *   (Chromium's permissions_api.cc: "no new permissions" → granted). The patterns must be the
 *   very strings the extension asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChromiumSession } from './chromium';

export const FIREFOX_GRANTS_OPTIONAL_PERMISSIONS = { 'extensions.webextOptionalPermissionPrompts': false } as const;

/** The optional host permissions an extension build declares (MV3 or MV2 manifest). */
export function optionalHosts(extensionDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { optional_host_permissions?: string[]; optional_permissions?: string[] };
  return [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? []).filter((entry) => entry.includes('://'))];
}

declare const chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };

/** Chromium: gives the extension access to these hosts as the user would, from chrome://extensions. */
export async function grantHostsInChromium(session: ChromiumSession, patterns: readonly string[]): Promise<void> {
  const page = await session.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${session.extensionId}`);
    await page.waitForFunction(() => typeof (globalThis as { chrome?: { developerPrivate?: unknown } }).chrome?.developerPrivate === 'object');
    await page.evaluate(
      async ({ id, hosts }) => {
        for (const host of hosts) await chrome.developerPrivate.addHostPermission(id, host);
      },
      { id: session.extensionId, hosts: [...patterns] },
    );
  } finally {
    await page.close();
  }
}
