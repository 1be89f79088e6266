import { render } from 'preact';
import { localisePage, t } from '../../components/i18n';
import { watchPending } from '../../components/pending-signal';
import { watchPeople } from '../../components/people-signal';
import '../../components/theme.css';
import './options.css';
import { OptionsPage } from './OptionsPage';

localisePage(t('title.settings'));
render(<OptionsPage state={watchPeople().state} pending={watchPending().state} />, document.getElementById('app')!);
