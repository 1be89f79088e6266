import { render } from 'preact';
import { localisePage, t } from '../../components/i18n';
import { watchPending } from '../../components/pending-signal';
import { watchPeople } from '../../components/people-signal';
import '../../components/theme.css';
import '../options/options.css';
import { WelcomePage } from './WelcomePage';

localisePage(t('title.welcome'));
render(<WelcomePage state={watchPeople().state} pending={watchPending().state} />, document.getElementById('app')!);
