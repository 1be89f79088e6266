import { render } from 'preact';
import { watchPeople } from '../../components/people-signal';
import '../../components/theme.css';
import { activeTabUrl } from './active-tab-url';
import { Popup } from './Popup';
import './popup.css';

const { state } = watchPeople();
render(<Popup state={state} tabUrl={activeTabUrl()} />, document.getElementById('app')!);
