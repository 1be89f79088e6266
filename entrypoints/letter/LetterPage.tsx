import { useEffect, useState } from 'preact/hooks';
import { SaveProblem, useSaving } from '../../components/saving';
import { systemClock } from '../../lib/clock';
import { type Letter, letterOpening, MAX_LETTER } from '../../lib/letter';
import { relativeWhen } from '../../lib/relative-time';
import { locale as userLocale, t } from '../../platform/i18n';

interface Props {
  readonly load: () => Promise<Letter[]>;
  readonly save: (letter: Letter) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
  readonly done: () => void;
  readonly now?: () => number;
  readonly newId?: () => string;
  readonly locale?: string;
}

const WHEN: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };

/**
 * A letter never sent: what the user wants to say to them, written here instead of reaching out
 * or looking. Kept on this device only; earlier letters can be read again or deleted at once.
 */
export function LetterPage({ load, save, remove, done, now = systemClock, newId = () => crypto.randomUUID(), locale = userLocale }: Props) {
  const [letters, setLetters] = useState<Letter[] | null>(null);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const { problem, attempt } = useSaving();
  const reload = () => void load().then((all) => setLetters(all.reverse()));
  useEffect(reload, []);

  return (
    <main class="letter-page">
      <h1>{t('letter.heading')}</h1>
      <p class="hint">{t('letter.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          void attempt(() => save({ id: newId(), at: now(), text: text.trim() })).then((kept) => {
            if (!kept) return;
            setText('');
            setSaved(true);
            reload();
          });
        }}
      >
        <label for="letter-text">{t('letter.label')}</label>
        <textarea id="letter-text" rows={12} maxLength={MAX_LETTER} value={text} onInput={(event) => (setText(event.currentTarget.value), setSaved(false))} />
        <div class="actions">
          <button type="submit" class="primary">
            {t('letter.save')}
          </button>
          <button type="button" class="quiet" onClick={done}>
            {t('letter.done')}
          </button>
        </div>
        <p role="status" class="hint">
          {saved ? t('letter.saved') : ''}
        </p>
        <SaveProblem problem={problem} />
      </form>
      <section aria-labelledby="earlier-letters">
        <h2 id="earlier-letters">{t('letter.earlier')}</h2>
        {letters !== null && letters.length === 0 && <p class="hint">{t('letter.none')}</p>}
        {letters !== null && letters.length > 0 && (
          <ol class="letters">
            {letters.map((letter) => (
              <EarlierLetter key={letter.id} letter={letter} when={relativeWhen(letter.at, now(), locale, WHEN)} remove={() => remove(letter.id).then(reload)} />
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}

function EarlierLetter({ letter, when, remove }: { letter: Letter; when: string; remove: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const { problem, attempt } = useSaving();
  return (
    <li class="card">
      <p class="hint">{when}</p>
      {open ? <p class="letter-text">{letter.text}</p> : <p>{letterOpening(letter.text)}</p>}
      <div class="actions">
        <button type="button" class="quiet small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'letter.hide' : 'letter.read')}
        </button>
        <button type="button" class="quiet small" aria-label={t('letter.deleteFor', { when })} onClick={() => void attempt(remove)}>
          {t('letter.delete')}
        </button>
      </div>
      <SaveProblem problem={problem} />
    </li>
  );
}
