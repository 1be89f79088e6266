import { effect } from '@preact/signals';
import { render } from 'preact';
import { localisePage, t } from '../../platform/i18n';
import { watchPeople } from '../../platform/signals/people';
import { watchPending } from '../../platform/signals/pending';
import { watchSettings } from '../../platform/signals/settings';
import { watchUrges } from '../../platform/signals/urges';
import { copiedFirstFrame, copySettings } from '../../platform/storage/page-copy';
import { loadFirstFrame } from '../../platform/storage/urges';
import { activeTabUrl } from '../../platform/active-tab';
import { Popup } from './Popup';
import './popup.css';

localisePage(t('extName'));
const people = watchPeople();
// The first frame shows this week, however long the log: from the copy kept for it, or else
// after one small read; every urge is read after that frame (see urges-signal.ts).
const copied = copiedFirstFrame();
const first = copied ?? (await loadFirstFrame());
const settings = watchSettings(first.settings);
effect(() => {
  if (settings.state.value !== null) copySettings(settings.state.value);
});
render(
  <Popup state={people.state} urges={watchUrges({ digest: first.digest, fromCopy: copied !== null }).state} settings={settings.state} tabUrl={activeTabUrl()} pending={watchPending().state} />,
  document.getElementById('app')!,
);
