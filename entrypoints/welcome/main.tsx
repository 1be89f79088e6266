import { render } from 'preact';
import { localisePage, t } from '../../platform/i18n';
import { watchPending } from '../../platform/signals/pending';
import { watchPeople } from '../../platform/signals/people';
import { watchSettings } from '../../platform/signals/settings';
import '../options/options.css';
import { WelcomePage } from './WelcomePage';

localisePage(t('title.welcome'));
render(<WelcomePage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} />, document.getElementById('app')!);
