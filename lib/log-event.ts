import * as v from 'valibot';
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

const EventSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  at: v.pipe(v.number(), v.finite()),
  kind: v.picklist(['profile-removed', 'person-removed', 'protection-paused', 'settings-loosened', 'data-deleted', 'clock-jumped']),
  detail: v.pipe(v.string(), v.transform((detail) => detail.slice(0, 500))),
});

/** A stored log event, checked; null for anything that is not one. */
export function readEvent(stored: unknown): LogEvent | null {
  const result = v.safeParse(EventSchema, stored);
  return result.success ? result.output : null;
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
