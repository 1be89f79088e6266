import { browser } from '#imports';
import { systemClock } from '../../lib/clock';
import { addHidden } from '../../lib/hidden-counts';
import { learnId } from '../../lib/learned-ids';
import { networks } from '../../lib/networks';
import { sanitisePeople } from '../../lib/people';
import { type FeedReport, readFeedMessage } from '../feed-messages';
import { withLock } from '../storage/locks';
import { hiddenCountsItem, learnedIdsItem, peopleItem } from '../storage/keys';

/** Who sent a message, as the browser tells the background (runtime.MessageSender). */
export interface FeedSender {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: unknown;
}

const domains = (): string[] => networks.flatMap((network) => network.domains);

/** Only the feed script, in a tab of one of the twelve networks: never a page or another context. */
function fromFeedScript(sender: FeedSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab === undefined || sender.url === undefined || !URL.canParse(sender.url)) return false;
  const host = new URL(sender.url).hostname;
  return domains().some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Keeps what the feed script reports (platform/feed-messages.ts), under a lock each. */
export async function keepFeedReport(report: FeedReport, sender: FeedSender, now = systemClock()): Promise<void> {
  if (!fromFeedScript(sender)) return;
  if (report.kind === 'hidden') {
    await withLock('hidden-counts', async () => hiddenCountsItem.setValue(addHidden(await hiddenCountsItem.getValue(), report.count, now)));
    return;
  }
  // Only ids of profiles whose person keeps them out of feeds: learning serves nothing else.
  const people = sanitisePeople(await peopleItem.getValue()).value.filter((person) => person.hideInFeeds === true);
  const listed = new Set(people.flatMap((person) => person.profiles.map((profile) => profile.key)));
  await withLock('learned-ids', async () => {
    const learned = learnId(await learnedIdsItem.getValue(), listed, report.key, report.id);
    if (learned !== null) await learnedIdsItem.setValue(learned);
  });
}

export function handleFeedReports(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const report = readFeedMessage(message);
    if (report !== null) void keepFeedReport(report, sender);
    // No answer: the feed script waits for none, and other listeners answer their own messages.
    return undefined;
  });
}
