import { render } from 'preact';
import { watchPending } from '../../components/pending-signal';
import { watchPeople } from '../../components/people-signal';
import '../../components/theme.css';
import './options.css';
import { OptionsPage } from './OptionsPage';

render(<OptionsPage state={watchPeople().state} pending={watchPending().state} />, document.getElementById('app')!);
