import { render } from 'preact';
import { localisePage, t } from '../../components/i18n';
import { watchPeople } from '../../components/people-signal';
import { watchSettings } from '../../components/settings-signal';
import { watchUrges } from '../../components/urges-signal';
import '../../components/theme.css';
import { activeTabUrl } from './active-tab-url';
import { Popup } from './Popup';
import './popup.css';

localisePage(t('extName'));
render(
  <Popup state={watchPeople().state} urges={watchUrges().state} settings={watchSettings().state} tabUrl={activeTabUrl()} />,
  document.getElementById('app')!,
);
