import type { Translate } from './translate';

/** A gap in protection, kept in the log beside the urges, told plainly and without blame. */
export interface LogEvent {
  readonly id: string;
  readonly at: number;
  readonly kind: 'profile-removed' | 'person-removed' | 'protection-paused' | 'settings-loosened' | 'data-deleted' | 'clock-jumped';
  /**
   * What it was about, in words ("Instagram @someex", "1 day"), written in the language of the
   * day it happened: the log keeps it as it was told then.
   */
  readonly detail: string;
}

export const EVENT_KEY_PREFIX = 'event:';
const KINDS = new Set(['profile-removed', 'person-removed', 'protection-paused', 'settings-loosened', 'data-deleted', 'clock-jumped']);

export function readEvent(stored: unknown): LogEvent | null {
  if (stored === null || typeof stored !== 'object') return null;
  const { id, at, kind, detail } = stored as Record<string, unknown>;
  if (typeof id !== 'string' || typeof at !== 'number' || typeof kind !== 'string' || !KINDS.has(kind) || typeof detail !== 'string') return null;
  return { id, at, kind: kind as LogEvent['kind'], detail: detail.slice(0, 500) };
}

/** How the log says it. */
export function describeEvent(t: Translate, event: LogEvent): string {
  const { detail } = event;
  switch (event.kind) {
    case 'profile-removed':
      return t('event.profileRemoved', { detail });
    case 'person-removed':
      return t('event.personRemoved', { detail });
    case 'protection-paused':
      return t('event.protectionPaused', { detail });
    case 'settings-loosened':
      return t('event.settingsLoosened', { detail });
    case 'data-deleted':
      return t('event.dataDeleted');
    case 'clock-jumped':
      return t('event.clockJumped', { detail });
  }
}
