/**
 * What the extension keeps in chrome.storage.local, as the browser tests write and read it: the
 * shapes come from lib/ (types only), so a test cannot quietly keep an old shape when the
 * extension's changes. The one place the browser tests import stored types from lib/.
 */
import type { Allowance, Allowances } from '../../../lib/allowances';
import type { Backup } from '../../../lib/backup';
import type { Weekday } from '../../../lib/calendar';
import type { PendingChange } from '../../../lib/commitment';
import type { Person, PersonV1 } from '../../../lib/people';
import type { RuleStatus } from '../../../lib/rule-status';
import type { Settings } from '../../../lib/settings';
import type { FeltAfter, Outcome, Trigger, Urge, UrgeSource } from '../../../lib/urge';
import type { OwnWords, Plan } from '../../../lib/own-words';
import type { Letter } from '../../../lib/letter';

export type { Allowance, Allowances, Backup, FeltAfter, Letter, Outcome, OwnWords, PendingChange, Person, PersonV1, Plan, RuleStatus, Settings, Trigger, Urge, UrgeSource, Weekday };

/** An urge as stored under `urge:<id>`: the urge and the shape version it was written with (lib/urge.ts URGE_VERSION). */
export type StoredUrge = Urge & { readonly v: number };

/**
 * Settings as the tests store them: only the fields a test cares about; the extension fills in
 * the rest with its defaults when it reads them (lib/settings.ts readSettings).
 */
export type StoredSettings = Partial<Settings>;
