import { render } from 'preact';
import { localisePage, t } from '../../components/i18n';
import { watchPeople } from '../../components/people-signal';
import { watchSettings } from '../../components/settings-signal';
import { watchUrges } from '../../components/urges-signal';
import '../../components/theme.css';
import { loadFirstFrame } from '../../lib/storage';
import { activeTabUrl } from './active-tab-url';
import { Popup } from './Popup';
import './popup.css';

localisePage(t('extName'));
const people = watchPeople();
// The first frame shows this week at once, however long the log: it waits for one small read,
// not for every urge (see urges-signal.ts).
const first = await loadFirstFrame();
render(
  <Popup state={people.state} urges={watchUrges({ digest: first.digest }).state} settings={watchSettings(first.settings).state} tabUrl={activeTabUrl()} />,
  document.getElementById('app')!,
);
