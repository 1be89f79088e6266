import { render } from 'preact';
import '../../components/theme.css';
import { listedKeysFromStored } from '../../lib/listed-keys';
import { sendMessage } from '../../lib/messaging';
import { readPauseRequest } from '../../lib/pause-request';
import { peopleItem } from '../../lib/storage';
import { PausePage } from './PausePage';
import './pause.css';

const request = readPauseRequest(location.href);
const listed = listedKeysFromStored(await peopleItem.getValue());

render(
  <PausePage
    request={request !== null && listed.has(request.key) ? request : null}
    goBack={async () => {
      // Not navigation.canGoBack: it only knows this page's own origin's entries.
      if (history.length > 1) history.back();
      else await sendMessage('closeTab');
    }}
    continueTo={async (request) => {
      await sendMessage('grantAllowance', request.key);
      location.replace(request.target);
    }}
  />,
  document.getElementById('app')!,
);
