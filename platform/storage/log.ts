import { storage } from '#imports';
import { EVENT_KEY_PREFIX, type LogEvent, readEvent } from '../../lib/log-event';

/*
 * Gaps in protection (a profile removed, protection paused), recorded in the log as plainly as
 * the urges, one key each like them.
 */
export async function saveEvent(event: LogEvent): Promise<void> {
  await storage.setItem(`local:${EVENT_KEY_PREFIX}${event.id}`, event);
}

export async function loadEvents(everything?: Record<string, unknown>): Promise<LogEvent[]> {
  everything ??= await storage.snapshot('local');
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(EVENT_KEY_PREFIX))
    .map(([, value]) => readEvent(value))
    .filter((event) => event !== null)
    .sort((a, b) => a.at - b.at);
}
