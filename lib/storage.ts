import { storage } from '#imports';
import { type Person, type Sanitised, sanitisePeople } from './people';
import { serialised } from './serialised';

/*
 * Every stored value is defined here, in the browser's local extension storage only: never
 * `sync:`, so nothing of the user's list leaves the device. Each item is versioned from v1; a
 * later version adds its migration beside the item and names the old shape (`PersonV1`).
 */

export const peopleItem = storage.defineItem<unknown>('local:people', {
  fallback: [],
  version: 1,
  // An empty table still makes the library write the version mark (`people$: {v: 1}`) with the
  // first save, so a later migration knows for certain what it starts from.
  migrations: {},
});

export async function loadPeople(): Promise<Sanitised<Person[]>> {
  return sanitisePeople(await peopleItem.getValue());
}

/**
 * Read-modify-write of the people list under a lock shared by every extension page and the
 * background, so that the options page and the popup saving at once cannot lose an edit.
 * https://developer.mozilla.org/docs/Web/API/Web_Locks_API
 */
export async function updatePeople<T>(change: (people: Person[]) => { people: Person[]; result: T }): Promise<T> {
  const run = async (): Promise<T> => {
    const { value } = await loadPeople();
    const { people, result } = change(value);
    await peopleItem.setValue(people);
    return result;
  };
  const locks = globalThis.navigator?.locks;
  if (locks != null) return locks.request('letting-go:people', run);
  // Without Web Locks (older engines, test doubles) at least one context never races itself.
  return (await inThisContext(run)) as T;
}

const inThisContext = serialised((task: () => Promise<unknown>) => task());

/** Open profiles after "Continue": `{ [profileKey]: expiresAt }`. See allowances.ts. */
export const allowancesItem = storage.defineItem<unknown>('local:allowances', {
  fallback: {},
  version: 1,
  migrations: {},
});

export interface Settings {
  /** How long a profile stays open after the user chooses to continue. */
  readonly allowanceMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = { allowanceMinutes: 5 };

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/** Settings as stored, each field checked and replaced by its default when unusable. */
export function sanitiseSettings(stored: unknown): Settings {
  const value = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const minutes = value.allowanceMinutes;
  return {
    allowanceMinutes: typeof minutes === 'number' && minutes >= 1 && minutes <= 120 ? minutes : DEFAULT_SETTINGS.allowanceMinutes,
  };
}
