import type { ReadonlySignal } from '@preact/signals';
import { browser } from '#imports';
import { PauseSettings } from '../../components/PauseSettings';
import { PeopleList } from '../../components/PeopleList';
import { PrivateWindowsNote } from '../../components/PrivateWindowsNote';
import { privateWindows } from '../../components/private-windows';
import { ProfileForm } from '../../components/ProfileForm';
import type { PendingChange } from '../../lib/commitment';
import type { Person } from '../../lib/people';

interface Props {
  readonly state: ReadonlySignal<{ loaded: boolean; people: readonly Person[]; dropped: number }>;
  readonly pending: ReadonlySignal<readonly PendingChange[]>;
}

/** First run: what Letting Go does, the privacy promise, the first profiles, and how firm to be. */
export function WelcomePage({ state, pending }: Props) {
  const { loaded, people } = state.value;
  const listed = people.some((person) => person.profiles.length > 0);
  return (
    <main class="options welcome">
      <header>
        <h1>Welcome to Letting Go</h1>
        <p>
          After a breakup, a hand can open their profile before you have decided to. Letting Go puts a calm pause in between, and
          helps you see your own pattern, kindly.
        </p>
      </header>
      <section class="card" aria-labelledby="what-heading">
        <h2 id="what-heading">What it does</h2>
        <ul>
          <li>Every visit to a profile you list stops before anything of it shows: typed, linked, or clicked inside the site.</li>
          <li>A pause screen offers a thought, a breath, and a choice. Going back is always the first option.</li>
          <li>Each urge is logged, so you can look back on your week and see it getting easier.</li>
        </ul>
      </section>
      <section class="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your privacy</h2>
        <p>
          Everything stays in this browser. No account, no servers, no analytics: Letting Go never sends anything anywhere. It only works
          on the social sites it protects.
        </p>
      </section>
      <section class="card" aria-labelledby="people-heading">
        <h2 id="people-heading">Add their profiles</h2>
        <p class="hint">Paste the link to each profile you don’t want to check. You can name the person later, or never.</p>
        <ProfileForm people={people} />
        {loaded && <PeopleList people={people} pending={pending.value} />}
      </section>
      <section class="card" aria-labelledby="firm-heading">
        <h2 id="firm-heading">How firm should it be?</h2>
        <p class="hint">
          Until you list a profile, these change at once. After that, anything that loosens your protection waits out the cooling-off period,
          so a hard moment doesn’t decide for you.
        </p>
        <PauseSettings instant={!listed} />
      </section>
      <section class="card" aria-labelledby="private-heading">
        <h2 id="private-heading">Private windows</h2>
        <PrivateWindowsNote {...privateWindows} confirm />
      </section>
      <p>
        <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          Done: open my settings
        </button>
      </p>
    </main>
  );
}
