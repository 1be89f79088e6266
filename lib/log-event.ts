/** A gap in protection, kept in the log beside the urges, told plainly and without blame. */
export interface LogEvent {
  readonly id: string;
  readonly at: number;
  readonly kind: 'profile-removed' | 'person-removed' | 'protection-paused' | 'settings-loosened' | 'data-deleted';
  /** What it was about, in words ("Instagram @someex", "1 day"). */
  readonly detail: string;
}

export const EVENT_KEY_PREFIX = 'event:';
const KINDS = new Set(['profile-removed', 'person-removed', 'protection-paused', 'settings-loosened', 'data-deleted']);

export function readEvent(stored: unknown): LogEvent | null {
  if (stored === null || typeof stored !== 'object') return null;
  const { id, at, kind, detail } = stored as Record<string, unknown>;
  if (typeof id !== 'string' || typeof at !== 'number' || typeof kind !== 'string' || !KINDS.has(kind) || typeof detail !== 'string') return null;
  return { id, at, kind: kind as LogEvent['kind'], detail: detail.slice(0, 500) };
}

/** How the log says it. */
export function describeEvent(event: LogEvent): string {
  switch (event.kind) {
    case 'profile-removed':
      return `${event.detail} was taken off your list.`;
    case 'person-removed':
      return `${event.detail} and their profiles were taken off your list.`;
    case 'protection-paused':
      return `Protection was paused for ${event.detail}.`;
    case 'settings-loosened':
      return `Settings changed: ${event.detail}.`;
    case 'data-deleted':
      return 'Everything was deleted. A fresh start.';
  }
}
