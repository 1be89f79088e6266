import { render } from 'preact';
import { localisePage, t } from '../../platform/i18n';
import { deleteLetter, loadLetters, saveLetter } from '../../platform/storage/own-words';
import { LetterPage } from './LetterPage';
import './letter.css';

localisePage(t('letter.title'));
render(
  <LetterPage
    load={loadLetters}
    save={saveLetter}
    remove={deleteLetter}
    // Done: back where the user came from, or the tab closes when there is nowhere to go back to.
    done={() => (history.length > 1 ? history.back() : window.close())}
  />,
  document.getElementById('app')!,
);
