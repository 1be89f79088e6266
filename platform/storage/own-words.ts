import { storage } from '#imports';
import { type Letter, LETTER_KEY_PREFIX, readLetter } from '../../lib/letter';
import { type OwnWords, type Plan, readOwnWords } from '../../lib/own-words';
import { systemClock } from '../../lib/clock';
import { dayKey } from '../../lib/week-key';
import { ownWordsItem, planOfferItem, seenOnceItem } from './keys';
import { withLock } from './locks';

/*
 * The user's own words: plans and reasons (one value), and letters never sent (one key each).
 * None of it is protection: every change is kept at once, and deleting is at once too.
 */

export async function loadOwnWords(): Promise<OwnWords> {
  return readOwnWords(await ownWordsItem.getValue());
}

/** Changes the plans or reasons under a lock, from what is stored at that moment. */
export async function updateOwnWords(change: (words: OwnWords) => OwnWords): Promise<void> {
  await withLock('own-words', async () => {
    await ownWordsItem.setValue(change(readOwnWords(await ownWordsItem.getValue())));
  });
}

export const savePlan = (plan: Plan): Promise<void> =>
  updateOwnWords((words) => {
    const at = words.plans.findIndex((other) => other.id === plan.id);
    return { ...words, plans: at === -1 ? [...words.plans, plan] : words.plans.map((other, i) => (i === at ? plan : other)) };
  });

export const deletePlan = (id: string): Promise<void> => updateOwnWords((words) => ({ ...words, plans: words.plans.filter((plan) => plan.id !== id) }));

export const saveReasons = (reasons: readonly string[]): Promise<void> => updateOwnWords((words) => ({ ...words, reasons }));

export const letterKey = (id: string) => `local:${LETTER_KEY_PREFIX}${id}` as const;

export async function saveLetter(letter: Letter): Promise<void> {
  await storage.setItem(letterKey(letter.id), letter);
}

export async function deleteLetter(id: string): Promise<void> {
  await storage.removeItem(letterKey(id));
}

/** Every readable letter, oldest first. */
export async function loadLetters(everything?: Record<string, unknown>): Promise<Letter[]> {
  everything ??= await storage.snapshot('local');
  return Object.entries(everything)
    .flatMap(([key, value]) => (key.startsWith(LETTER_KEY_PREFIX) ? [readLetter(value)].filter((letter): letter is Letter => letter !== null) : []))
    .sort((a, b) => a.at - b.at);
}

/** Things said once and never again (the ten-weeks line, the support line after a safety check). */
export type SaidOnce = 'easing' | 'support';

export async function wasSaid(what: SaidOnce): Promise<boolean> {
  const said = await seenOnceItem.getValue();
  return Array.isArray(said) && said.includes(what);
}

export async function markSaid(what: SaidOnce): Promise<void> {
  await withLock('said-once', async () => {
    const said = await seenOnceItem.getValue();
    const list = Array.isArray(said) ? said.filter((entry): entry is string => typeof entry === 'string') : [];
    if (!list.includes(what)) await seenOnceItem.setValue([...list, what]);
  });
}

/** Notes that the pause offered to write a plan today: it offers again tomorrow at the earliest. */
export async function markPlanOffered(now = systemClock()): Promise<void> {
  await planOfferItem.setValue(dayKey(now));
}
