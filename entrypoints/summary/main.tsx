import { render } from 'preact';
import { watchSettings } from '../../components/settings-signal';
import { watchUrges } from '../../components/urges-signal';
import '../../components/theme.css';
import { SummaryPage } from './SummaryPage';
import './summary.css';

render(<SummaryPage urges={watchUrges().state} settings={watchSettings().state} />, document.getElementById('app')!);
