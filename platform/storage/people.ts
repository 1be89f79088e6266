import { keepingUnreadable, type Person, type Sanitised, sanitisePeople } from '../../lib/people';
import { peopleItem } from './keys';
import { withLock } from './locks';

export async function loadPeople(): Promise<Sanitised<Person[]>> {
  return sanitisePeople(await peopleItem.getValue());
}

/**
 * Read-modify-write of the people list under a lock shared by every extension page and the
 * background, so that the options page and the popup saving at once cannot lose an edit.
 */
export async function updatePeople<T>(change: (people: Person[]) => { people: Person[]; result: T }): Promise<T> {
  return withLock('people', async () => {
    const stored = await peopleItem.getValue();
    const { people, result } = change(sanitisePeople(stored).value);
    // What this version cannot read stays as it was: never deleted by an edit it could not see.
    await peopleItem.setValue(keepingUnreadable(people, stored));
    return result;
  });
}
