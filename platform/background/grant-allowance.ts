import { browser } from '#imports';
import { grantAllowance as granted, withoutAllowances } from '../../lib/allowances';
import { systemClock } from '../../lib/clock';
import { listedKeys } from '../../lib/must-stop';
import { pauseAt } from '../../lib/schedule';
import { readSettings } from '../../lib/settings';
import { allowancesItem, peopleItem, settingsItem } from '../storage/keys';
import { withLock } from '../storage/locks';

/** Who asked, as the browser tells the background (runtime.MessageSender). */
export interface Sender {
  readonly id?: string;
  readonly url?: string;
}

/** Why "Continue" could not open the profile; the pause page says it in words. */
export type Refusal = 'not-pause-page' | 'strict' | 'not-listed' | 'no-room';

export class AllowanceRefused extends Error {
  constructor(readonly reason: Refusal) {
    super(reason);
  }
}

/** Only the extension's own pause page may open a profile: never a content script or a site. */
function isPausePage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id || sender.url === undefined || !URL.canParse(sender.url)) return false;
  const { protocol, pathname } = new URL(sender.url);
  return (protocol === 'chrome-extension:' || protocol === 'moz-extension:') && pathname === '/pause.html';
}

/**
 * "Continue": opens a listed profile for the allowance period, in every tab. The allow rule is
 * in place before this returns, or the visit would be stopped again on its way out; when the
 * browser refuses it, the allowance is taken back and the pause page is told, never left
 * believing the profile is open.
 */
export async function grantAllowance(
  key: string,
  sender: Sender,
  syncAllowRules: () => Promise<void>,
  now = systemClock(),
  { safety = false }: { readonly safety?: boolean } = {},
): Promise<{ expiresAt: number }> {
  if (!isPausePage(sender)) throw new AllowanceRefused('not-pause-page');
  const [people, settings] = await Promise.all([peopleItem.getValue(), settingsItem.getValue()]);
  const read = readSettings(settings);
  const { allowanceMinutes } = read;
  // Strict mode (always, or in a scheduled hour) opens nothing, except a check for the user's
  // own safety: safety comes first.
  if (!safety && pauseAt(read, 0, now).strict) throw new AllowanceRefused('strict');
  if (!listedKeys(people).has(key)) throw new AllowanceRefused('not-listed');
  const allowances = await withLock('allowances', async () => {
    const next = granted(await allowancesItem.getValue(), key, now, allowanceMinutes);
    await allowancesItem.setValue(next);
    return next;
  });
  try {
    await syncAllowRules();
  } catch {
    await withLock('allowances', async () => allowancesItem.setValue(withoutAllowances(await allowancesItem.getValue(), [key], now)));
    throw new AllowanceRefused('no-room');
  }
  return { expiresAt: allowances[key]!.expiresAt };
}
