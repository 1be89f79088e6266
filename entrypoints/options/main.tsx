import { render } from 'preact';
import { watchPeople } from '../../components/people-signal';
import '../../components/theme.css';
import './options.css';
import { OptionsPage } from './OptionsPage';

const { state } = watchPeople();
render(<OptionsPage state={state} />, document.getElementById('app')!);
