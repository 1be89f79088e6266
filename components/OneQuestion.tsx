import type { Trigger } from '../lib/urge';
import { HopingToFind, StrengthScale, TriggerChips } from './UrgeChoice';

export type Question = 'strength' | 'trigger';

interface Props {
  readonly question: Question;
  readonly strength: number | null;
  readonly triggers: readonly Trigger[];
  readonly hopingToFind: string;
  readonly onChange: (change: { strength?: number | null; triggers?: Trigger[]; hopingToFind?: string }) => void;
}

/** After the breath: one small question, how strong the urge is or what set it off, never both. */
export function OneQuestion({ question, strength, triggers, hopingToFind, onChange }: Props) {
  return (
    <section class="one-question">
      {question === 'strength' ? <StrengthScale strength={strength} onChange={onChange} legend={'choice.strength'} /> : <TriggerChips triggers={triggers} onChange={onChange} />}
      <HopingToFind hopingToFind={hopingToFind} onChange={onChange} />
    </section>
  );
}
