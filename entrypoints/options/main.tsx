import { render } from 'preact';
import { localisePage, t } from '../../platform/i18n';
import { watchOwnWords } from '../../platform/signals/own-words';
import { watchPending } from '../../platform/signals/pending';
import { watchPeople } from '../../platform/signals/people';
import { watchSettings } from '../../platform/signals/settings';
import './options.css';
import { OptionsPage } from './OptionsPage';

localisePage(t('title.settings'));
render(<OptionsPage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} ownWords={watchOwnWords().state} />, document.getElementById('app')!);
