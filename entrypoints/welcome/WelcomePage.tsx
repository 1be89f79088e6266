import type { ReadonlySignal } from '@preact/signals';
import { browser } from '#imports';
import { t } from '../../platform/i18n';
import { PauseSettings } from '../../components/PauseSettings';
import { PeopleList } from '../../components/PeopleList';
import { PrivateWindowsNote } from '../../components/PrivateWindowsNote';
import { privateWindows } from '../../platform/private-windows';
import { ProfileForm } from '../../components/ProfileForm';
import type { PendingChange } from '../../lib/commitment';
import type { Person } from '../../lib/people';
import type { Settings } from '../../lib/settings';

interface Props {
  readonly state: ReadonlySignal<{ loaded: boolean; people: readonly Person[]; dropped: number }>;
  readonly pending: ReadonlySignal<readonly PendingChange[]>;
  readonly settings: ReadonlySignal<Settings | null>;
}

/**
 * First run: what Letting Go does, the privacy promise, the first profiles, and how firm to be.
 * It ends on the moment protection starts, once a profile is listed; the settings come after.
 */
export function WelcomePage({ state, pending, settings }: Props) {
  const { loaded, people } = state.value;
  const profiles = people.reduce((count, person) => count + person.profiles.length, 0);
  const listed = profiles > 0;
  return (
    <main class="options welcome">
      <header>
        <h1>{t('welcome.heading')}</h1>
        <p>{t('welcome.intro')}</p>
      </header>
      <section class="card" aria-labelledby="what-heading">
        <h2 id="what-heading">{t('welcome.whatHeading')}</h2>
        <ul>
          <li>{t('welcome.what1')}</li>
          <li>{t('welcome.what2')}</li>
          <li>{t('welcome.what3')}</li>
        </ul>
      </section>
      <section class="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcome.privacyHeading')}</h2>
        <p>{t('welcome.privacyText')}</p>
      </section>
      <section class="card" aria-labelledby="people-heading">
        <h2 id="people-heading">{t('welcome.addHeading')}</h2>
        <p class="hint">{t('welcome.addHint')}</p>
        <ProfileForm people={people} pending={pending.value} />
        {loaded && <PeopleList people={people} pending={pending.value} />}
      </section>
      <section class="card" aria-labelledby="firm-heading">
        <h2 id="firm-heading">{t('welcome.firmHeading')}</h2>
        <p class="hint">{t('welcome.firmHint')}</p>
        <PauseSettings settings={settings} pending={pending.value} instant={!listed} />
      </section>
      <section class="card" aria-labelledby="private-heading">
        <h2 id="private-heading">{t('private.heading')}</h2>
        <PrivateWindowsNote {...privateWindows} confirm />
      </section>
      {listed ? (
        <section class="card protected" aria-labelledby="protected-heading">
          <h2 id="protected-heading">{t('welcomeEnd.heading')}</h2>
          <p>{t('welcomeEnd.protected', profiles)}</p>
          <p class="hint">{t('welcomeEnd.close')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('welcomeEnd.settings')}
          </button>
        </section>
      ) : (
        <div class="welcome-end">
          <p class="hint">{t('welcomeEnd.notYet')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('welcomeEnd.settings')}
          </button>
        </div>
      )}
    </main>
  );
}
