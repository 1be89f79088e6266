import { computed, type ReadonlySignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { browser } from '#imports';
import { AddThisTab } from '../../components/AddThisTab';
import { SafetyChecks } from '../../components/SafetyChecks';
import { HiddenInFeeds } from '../../components/HiddenInFeeds';
import { weekSince } from '../../lib/breakup';
import { deleteLetter } from '../../platform/storage/own-words';
import type { PendingChange } from '../../lib/commitment';
import { FeltAfterPrompt } from '../../components/FeltAfterPrompt';
import { locale as userLocale, t } from '../../platform/i18n';
import { LogUrgeForm } from '../../components/LogUrgeForm';
import { PrivateWindowsNote } from '../../components/PrivateWindowsNote';
import { privateWindows, privateWindowsNote } from '../../platform/private-windows';
import { StorageProblem } from '../../components/StorageProblem';
import { UrgeLog } from '../../components/UrgeLog';
import type { UrgesState } from '../../platform/signals/urges';
import { WeekCompact } from '../../components/WeekCompact';
import { pendingFeltAfter } from '../../lib/felt-after';
import type { Person } from '../../lib/people';
import { resolveWeekStart } from '../../lib/resolve-week-start';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { answerFeltAfter, deleteUrge, saveUrge } from '../../platform/storage/urges';
import { coversNow } from '../../lib/urge-history';
import { streaksOf, summariseSortedWeek } from '../../lib/week-summary';
import { systemClock } from '../../lib/clock';

interface Props {
  readonly state: ReadonlySignal<{ loaded: boolean; people: readonly Person[]; dropped: number }>;
  readonly urges: ReadonlySignal<UrgesState>;
  /** Null until read (the defaults apply meanwhile). */
  readonly settings: ReadonlySignal<Settings | null>;
  readonly tabUrl: Promise<string | undefined>;
  /** Waiting changes: a person whose removal waits is not offered for a new profile. */
  readonly pending?: ReadonlySignal<readonly PendingChange[]>;
  readonly now?: number;
  readonly locale?: string;
}

export function Popup({ state, urges, settings, tabUrl, pending, now = systemClock(), locale = userLocale }: Props) {
  const { loaded, people, dropped } = state.value;
  const views = useMemo(() => {
    const weekStartsOn = computed(() => resolveWeekStart((settings.value ?? DEFAULT_SETTINGS).weekStartsOn, locale));
    // Every urge once read; until then the digest, if it reaches back far enough for `now`.
    const history = computed(() => {
      const { loaded, history } = urges.value;
      return history !== null && (loaded || coversNow(history, now)) ? history : null;
    });
    return {
      weekStartsOn,
      history,
      week: computed(() => history.value && summariseSortedWeek(history.value.recent, now, weekStartsOn.value)),
      streaks: computed(() => history.value && streaksOf(history.value, now)),
      feltAfter: computed(() => history.value && pendingFeltAfter(history.value.recent, now)),
    };
  }, [urges, settings, now, locale]);
  const week = views.week.value;
  const streaks = views.streaks.value;
  const profileCount = people.reduce((sum, person) => sum + person.profiles.length, 0);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <button type="button" class="quiet small" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/summary.html') })}>
          {t('popup.weeklySummary')}
        </button>
      </header>
      <StorageProblem dropped={dropped + urges.value.dropped} />
      {/* This week first, with "Log an urge" beside it; everything else below it. */}
      <WeekCompact
        week={week}
        streaks={streaks}
        locale={locale}
        sinceBreakup={weekSince((settings.value ?? DEFAULT_SETTINGS).breakupDate, now)}
        action={<LogUrgeForm people={people} save={saveUrge} />}
      />
      {week !== null && <SafetyChecks count={week.safetyChecks} />}
      {/* Read after the first frame, below the week: it never moves the week. */}
      <HiddenInFeeds now={now} weekStartsOn={views.weekStartsOn.value} locale={locale} />
      <p class="popup-links">
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/letter.html') })}>
          {t('letter.writeShort')}
        </button>
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#own-words') })}>
          {t('popupWords.makePlan')}
        </button>
      </p>
      {views.history.value !== null && <FeltAfterPrompt urge={views.feltAfter.value} answer={answerFeltAfter} now={now} locale={locale} />}
      {/* Below the week: the browser answers after the first frame, and the week must not move. */}
      <PrivateWindowsNote {...privateWindows} brief={privateWindowsNote} />
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">{t('log.heading')}</h2>
        {urges.value.loaded && <UrgeLog urges={urges.value.urges} events={urges.value.events} letters={urges.value.letters} removeLetter={deleteLetter} save={saveUrge} remove={deleteUrge} locale={locale} now={now} people={people} />}
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t('popup.peopleHeading')}</h2>
        {loaded && <AddThisTab people={people} tabUrl={tabUrl} pending={pending?.value ?? []} />}
        {loaded && <p class="hint">{profileCount === 0 ? t('popup.noProfiles') : t('popup.profilesPause', profileCount)}</p>}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('people.heading')}
        </button>
      </section>
    </main>
  );
}
