import { render } from 'preact';
import { localisePage, t } from '../../components/i18n';
import { watchSettings } from '../../components/settings-signal';
import { watchUrges } from '../../components/urges-signal';
import '../../components/theme.css';
import { SummaryPage } from './SummaryPage';
import './summary.css';

localisePage(t('title.summary'));
render(<SummaryPage urges={watchUrges().state} settings={watchSettings().state} />, document.getElementById('app')!);
