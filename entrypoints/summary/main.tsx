import { render } from 'preact';
import { localisePage, t } from '../../platform/i18n';
import { watchPeople } from '../../platform/signals/people';
import { watchSettings } from '../../platform/signals/settings';
import { watchUrges } from '../../platform/signals/urges';
import { SummaryPage } from './SummaryPage';
import './summary.css';

localisePage(t('title.summary'));
render(<SummaryPage urges={watchUrges().state} settings={watchSettings().state} people={watchPeople().state} />, document.getElementById('app')!);
