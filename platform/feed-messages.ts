/*
 * The feed script's two reports to the background: how many of a listed person's things it hid
 * (the background keeps the day's count: lib/hidden-counts.ts), and an id it saw beside a listed
 * handle (lib/learned-ids.ts). The background is their one writer, so tabs reporting at once
 * lose nothing. The feed script runs on every page of twelve sites and must stay small, so it
 * sends these through the browser's runtime.sendMessage itself rather than through the messaging
 * library of platform/messaging.ts, whose listener ignores them (they carry no `type`).
 */
export type FeedReport =
  | { readonly kind: 'hidden'; readonly count: number }
  | { readonly kind: 'learned'; readonly key: string; readonly id: string };

const TAG = 'lettingGoFeeds';

/** The message that carries `report`. */
export const feedMessage = (report: FeedReport): Record<typeof TAG, FeedReport> => ({ [TAG]: report });

/** The report a message carries, checked; null for any other message. */
export function readFeedMessage(message: unknown): FeedReport | null {
  const report = (message as Record<string, unknown> | null | undefined)?.[TAG] as Record<string, unknown> | undefined;
  if (report?.kind === 'hidden' && typeof report.count === 'number') return { kind: 'hidden', count: report.count };
  if (report?.kind === 'learned' && typeof report.key === 'string' && typeof report.id === 'string') return { kind: 'learned', key: report.key, id: report.id };
  return null;
}
