import { browser } from '#imports';
import { t } from '../i18n';
import { dueChanges, nextDue, type PendingChange, readPending } from '../../lib/commitment';
import { describeDuration, describeHours, describeSettingsPatch } from '../../lib/describe-change';
import { removePerson, removeProfile, setHideInFeeds } from '../../lib/people';
import { removeSearchTerm, setSearch } from '../../lib/person-search';
import { describeProfile, parseProfileKey } from '../../lib/profile-key';
import { deleteEverything } from '../storage/delete';
import { pendingChangesItem } from '../storage/keys';
import { saveEvent } from '../storage/log';
import { updatePending } from '../storage/pending';
import { loadPeople, updatePeople } from '../storage/people';
import { updateSettings } from '../storage/settings';
import { CLOCK_JUMP_MS, clockJump, systemClock } from '../../lib/clock';
import { clearPageStorage } from './page-storage';

const ALARM = 'cooling-off';
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Applies every change whose cooling-off has passed, then waits for the next. Each change is
 * applied before it leaves the queue, and applying twice changes nothing (its log entry has the
 * change's id), so a worker stopped half-way finishes the job when it next starts.
 */
export async function applyDueChanges(now = systemClock(), jump = clockJump(now, performance.timeOrigin, performance.now())): Promise<void> {
  const { due } = dueChanges(readPending(await pendingChangesItem.getValue()), now);
  for (const change of due) {
    // Without trusted time a jump of the clock makes a change due early; while the extension
    // runs it is seen (the clock against a timer that ignores it), and the log says so plainly.
    if (jump >= CLOCK_JUMP_MS && change.effectiveAt > now - jump) {
      await saveEvent({ id: `${change.id}:clock`, at: now - jump, kind: 'clock-jumped', detail: describeDuration(t, jump) });
    }
    await apply(change);
  }
  if (due.length > 0) {
    const done = new Set(due.map((change) => change.id));
    await updatePending((pending) => ({ pending: pending.filter((change) => !done.has(change.id)), result: undefined }));
  }
  await scheduleNext(now);
}

async function scheduleNext(now: number): Promise<void> {
  const when = nextDue(readPending(await pendingChangesItem.getValue()));
  await browser.alarms.clear(ALARM);
  clearTimeout(timer);
  if (when === undefined) return;
  await browser.alarms.create(ALARM, { when: Math.max(when, now + 1000) });
  // Alarms may run late by up to a minute; while the worker is awake a timer is on time.
  timer = setTimeout(() => void applyDueChanges(), Math.max(0, when - now) + 50);
}

export function handleCoolingOff(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void applyDueChanges();
  });
  pendingChangesItem.watch(() => void scheduleNext(systemClock()));
}

async function apply(change: PendingChange): Promise<void> {
  const event = { id: change.id, at: change.effectiveAt };
  switch (change.kind) {
    case 'remove-profile': {
      const ref = parseProfileKey(change.key);
      await updatePeople((people) => ({ people: removeProfile(people, change.key), result: undefined }));
      await saveEvent({ ...event, kind: 'profile-removed', detail: ref === null ? change.key : describeProfile(ref) });
      return;
    }
    case 'remove-person': {
      const person = (await loadPeople()).value.find((candidate) => candidate.id === change.personId);
      await updatePeople((people) => ({ people: removePerson(people, change.personId), result: undefined }));
      if (person !== undefined) await saveEvent({ ...event, kind: 'person-removed', detail: person.name || t('people.somePerson') });
      return;
    }
    case 'settings': {
      await updateSettings((current) => ({ ...current, ...change.patch }));
      await saveEvent({ ...event, kind: 'settings-loosened', detail: describeSettingsPatch(t, change.patch) });
      return;
    }
    case 'pause-protection': {
      // From when it came due, not from now: applying again gives the same end.
      await updateSettings((current) => ({ ...current, pausedUntil: change.effectiveAt + change.hours * 3_600_000 }));
      await saveEvent({ ...event, kind: 'protection-paused', detail: describeHours(t, change.hours) });
      return;
    }
    case 'delete-everything':
      await deleteEverything(clearPageStorage);
      await saveEvent({ ...event, kind: 'data-deleted', detail: '' });
      return;
    case 'search-off':
    case 'remove-search-term': {
      const person = (await loadPeople()).value.find((candidate) => candidate.id === change.personId);
      if (person === undefined) return;
      const name = person.name || t('people.somePerson');
      await updatePeople((people) => ({
        people: change.kind === 'search-off' ? setSearch(people, change.personId, false) : removeSearchTerm(people, change.personId, change.term),
        result: undefined,
      }));
      const detail = change.kind === 'search-off' ? t('search.event.off', { name }) : t('search.event.removeTerm', { term: change.term, name });
      await saveEvent({ ...event, kind: 'settings-loosened', detail });
      return;
    }
    case 'feeds-off': {
      const person = (await loadPeople()).value.find((candidate) => candidate.id === change.personId);
      if (person === undefined) return;
      await updatePeople((people) => ({ people: setHideInFeeds(people, change.personId, false), result: undefined }));
      await saveEvent({ ...event, kind: 'settings-loosened', detail: t('feeds.loosened', { name: person.name || t('people.somePerson') }) });
      return;
    }
  }
}
