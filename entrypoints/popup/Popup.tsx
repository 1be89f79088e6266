import type { ReadonlySignal } from '@preact/signals';
import { browser } from '#imports';
import { StorageProblem } from '../../components/StorageProblem';
import { AddThisTab } from '../../components/AddThisTab';
import { PrivateWindowsNote } from '../../components/PrivateWindowsNote';
import { privateWindows } from '../../components/private-windows';
import type { Person } from '../../lib/people';

interface Props {
  readonly state: ReadonlySignal<{ loaded: boolean; people: readonly Person[]; dropped: number }>;
  readonly tabUrl: Promise<string | undefined>;
}

export function Popup({ state, tabUrl }: Props) {
  const { loaded, people, dropped } = state.value;
  const profileCount = people.reduce((sum, person) => sum + person.profiles.length, 0);
  return (
    <main class="popup">
      <h1>Letting Go</h1>
      <StorageProblem dropped={dropped} />
      <PrivateWindowsNote {...privateWindows} />
      {loaded && <AddThisTab people={people} tabUrl={tabUrl} />}
      {loaded && (
        <p class="hint">
          {profileCount === 0
            ? 'No profiles listed yet.'
            : `${profileCount} ${profileCount === 1 ? 'profile pauses' : 'profiles pause'} before opening.`}
        </p>
      )}
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        People and profiles
      </button>
    </main>
  );
}
