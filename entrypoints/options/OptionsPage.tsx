import type { ReadonlySignal } from '@preact/signals';
import { DataSection } from '../../components/DataSection';
import { t } from '../../platform/i18n';
import { PauseSettings } from '../../components/PauseSettings';
import { WeekSettings } from '../../components/WeekSettings';
import { PendingChanges } from '../../components/PendingChanges';
import { PeopleList } from '../../components/PeopleList';
import { PrivateWindowsNote } from '../../components/PrivateWindowsNote';
import { privateWindows } from '../../platform/private-windows';
import { ProfileForm } from '../../components/ProfileForm';
import { RuleStatusNote } from '../../components/RuleStatusNote';
import { StorageProblem } from '../../components/StorageProblem';
import type { PendingChange } from '../../lib/commitment';
import type { Person } from '../../lib/people';
import type { Settings } from '../../lib/settings';
import type { OwnWords } from '../../lib/own-words';
import { OwnWordsSection } from '../../components/OwnWordsSection';
import { ScheduleSettings } from '../../components/ScheduleSettings';
import { FeedPlaceholderSetting } from '../../components/FeedPlaceholderSetting';

interface Props {
  readonly state: ReadonlySignal<{ loaded: boolean; people: readonly Person[]; dropped: number }>;
  readonly pending: ReadonlySignal<readonly PendingChange[]>;
  readonly settings: ReadonlySignal<Settings | null>;
  readonly ownWords: ReadonlySignal<OwnWords | null>;
}

export function OptionsPage({ state, pending, settings, ownWords }: Props) {
  const { loaded, people, dropped } = state.value;
  return (
    <main class="options">
      <header>
        <h1>{t('extName')}</h1>
        <p class="hint">{t('options.tagline')}</p>
      </header>
      <PendingChanges pending={pending.value} people={people} />
      <section class="card" aria-labelledby="people-heading">
        <h2 id="people-heading">{t('people.heading')}</h2>
        <StorageProblem dropped={dropped} />
        <RuleStatusNote />
        <ProfileForm people={people} pending={pending.value} />
        {loaded && <PeopleList people={people} pending={pending.value} />}
        {loaded && people.some((person) => person.hideInFeeds === true) && <FeedPlaceholderSetting settings={settings} />}
      </section>
      <section class="card" aria-labelledby="pause-settings-heading">
        <h2 id="pause-settings-heading">{t('options.pauseHeading')}</h2>
        <PauseSettings settings={settings} pending={pending.value} />
        <ScheduleSettings settings={settings} pending={pending.value} />
      </section>
      <section class="card" id="own-words" aria-labelledby="own-words-heading">
        <h2 id="own-words-heading">{t('ownWords.heading')}</h2>
        <OwnWordsSection ownWords={ownWords} settings={settings} />
      </section>
      <section class="card" aria-labelledby="week-settings-heading">
        <h2 id="week-settings-heading">{t('options.weekHeading')}</h2>
        <WeekSettings settings={settings} />
      </section>
      <section class="card" aria-labelledby="private-heading">
        <h2 id="private-heading">{t('private.heading')}</h2>
        <PrivateWindowsNote {...privateWindows} confirm />
      </section>
      <section class="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('options.privacyHeading')}</h2>
        <p>{t('options.privacyText')}</p>
        <DataSection pending={pending.value} coolingOffHours={settings.value?.coolingOffHours} />
      </section>
    </main>
  );
}
