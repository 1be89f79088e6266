import type { GeneratedI18nStructure } from '#i18n';

/**
 * The reflections the pause screen shows, one at a time. Their ideas come from two sections of
 * the article the product grew from ("Don't Rush the Process" and "Letting Go of the Outcome");
 * every sentence is the project's own. Data only: ids are stable (the log may refer to them) and
 * never reused. The words are messages (`reflection.*` in locales/*.yml), so each language has
 * its own.
 */
export type ReflectionTheme =
  | 'own-pace' // healing keeps its own time; it is not a race
  | 'self-compassion' // be gentle with yourself; look after body and mind
  | 'cannot-control' // their feelings and choices are theirs
  | 'acceptance' // radical acceptance: this is what is, even unwanted
  | 'healthier-care'; // caring still, in a steadier, more balanced way

export interface Reflection {
  readonly id: string;
  readonly theme: ReflectionTheme;
  /** The reflection's words: a message key (locales/*.yml), a plain one without {names}. */
  readonly message: `reflection.${string}` & keyof GeneratedI18nStructure;
}

export const reflections: readonly Reflection[] = [
  { id: 'pace-1', theme: 'own-pace', message: 'reflection.pace1' },
  { id: 'pace-2', theme: 'own-pace', message: 'reflection.pace2' },
  { id: 'pace-3', theme: 'own-pace', message: 'reflection.pace3' },
  { id: 'pace-4', theme: 'own-pace', message: 'reflection.pace4' },
  { id: 'pace-5', theme: 'own-pace', message: 'reflection.pace5' },
  { id: 'pace-6', theme: 'own-pace', message: 'reflection.pace6' },
  { id: 'gentle-1', theme: 'self-compassion', message: 'reflection.gentle1' },
  { id: 'gentle-2', theme: 'self-compassion', message: 'reflection.gentle2' },
  { id: 'gentle-3', theme: 'self-compassion', message: 'reflection.gentle3' },
  { id: 'gentle-4', theme: 'self-compassion', message: 'reflection.gentle4' },
  { id: 'gentle-5', theme: 'self-compassion', message: 'reflection.gentle5' },
  { id: 'gentle-6', theme: 'self-compassion', message: 'reflection.gentle6' },
  { id: 'control-1', theme: 'cannot-control', message: 'reflection.control1' },
  { id: 'control-2', theme: 'cannot-control', message: 'reflection.control2' },
  { id: 'control-3', theme: 'cannot-control', message: 'reflection.control3' },
  { id: 'control-4', theme: 'cannot-control', message: 'reflection.control4' },
  { id: 'control-5', theme: 'cannot-control', message: 'reflection.control5' },
  { id: 'accept-1', theme: 'acceptance', message: 'reflection.accept1' },
  { id: 'accept-2', theme: 'acceptance', message: 'reflection.accept2' },
  { id: 'accept-3', theme: 'acceptance', message: 'reflection.accept3' },
  { id: 'accept-4', theme: 'acceptance', message: 'reflection.accept4' },
  { id: 'accept-5', theme: 'acceptance', message: 'reflection.accept5' },
  { id: 'care-1', theme: 'healthier-care', message: 'reflection.care1' },
  { id: 'care-2', theme: 'healthier-care', message: 'reflection.care2' },
  { id: 'care-3', theme: 'healthier-care', message: 'reflection.care3' },
  { id: 'care-4', theme: 'healthier-care', message: 'reflection.care4' },
  { id: 'care-5', theme: 'healthier-care', message: 'reflection.care5' },
  { id: 'care-6', theme: 'healthier-care', message: 'reflection.care6' },
];
