import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { scheduleWeeklySummary } from '../../platform/background/weekly-summary';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { settingsItem } from '../../platform/storage/keys';
import { pinClock } from './clock';

beforeEach(() => fakeBrowser.reset());

describe('weekly summary notification (background)', () => {
  it('is scheduled for the chosen weekday and hour', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, weeklyNotification: { enabled: true, weekday: 0, hour: 19 } });
    await scheduleWeeklySummary(new Date('2026-11-26T12:00').getTime());
    expect(await fakeBrowser.alarms.get('weekly-summary')).toMatchObject({ scheduledTime: new Date('2026-11-29T19:00').getTime() });
  });

  it('is not scheduled when turned off', async () => {
    await scheduleWeeklySummary(new Date('2026-11-26T12:00').getTime());
    expect(await fakeBrowser.alarms.get('weekly-summary')).toBeDefined();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, weeklyNotification: { enabled: false, weekday: 0, hour: 19 } });
    await scheduleWeeklySummary(new Date('2026-11-26T12:00').getTime());
    expect(await fakeBrowser.alarms.get('weekly-summary')).toBeUndefined();
  });

  it('survives a restart: scheduling again replaces rather than adds', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await scheduleWeeklySummary(new Date('2026-11-26T12:00').getTime());
    await scheduleWeeklySummary(new Date('2026-11-26T12:05').getTime());
    expect(create).toHaveBeenCalledTimes(2);
    expect((await fakeBrowser.alarms.getAll()).filter((alarm) => alarm.name === 'weekly-summary')).toHaveLength(1);
  });
});

describe('when the weekly alarm rings', () => {
  it('shows "This week: N urges, you turned back M times" and opens the summary when clicked', async () => {
    const { handleWeeklySummary } = await import('../../platform/background/weekly-summary');
    const { saveUrge } = await import('../../platform/storage/urges');
    const { newUrge } = await import('../../lib/urge');
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('weekly-summary');
    const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
    // A Thursday noon, well inside its week whatever day the test runs.
    pinClock(new Date('2026-11-26T12:00').getTime());
    const now = Date.now();
    await saveUrge(newUrge({ id: 'a', at: now - 1000, profileKey: 'x:someex', source: 'load', outcome: 'turned-back' }));
    await saveUrge(newUrge({ id: 'b', at: now - 2000, profileKey: 'x:someex', source: 'load', outcome: 'continued' }));
    handleWeeklySummary();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'weekly-summary', scheduledTime: now });
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect((create.mock.calls[0] as unknown[])[1]).toMatchObject({ title: 'Your week with Letting Go', message: 'This week: 2 urges, you turned back once.' });
    await fakeBrowser.notifications.onClicked.trigger('weekly-summary');
    expect(openTab).toHaveBeenCalledWith({ url: expect.stringMatching(/\/summary\.html$/) });
  });
});
