/**
 * The reflections the pause screen shows, one at a time. Their ideas come from two sections of
 * the article the product grew from ("Don't Rush the Process" and "Letting Go of the Outcome");
 * every sentence is the project's own. Data only: ids are stable (the log may refer to them) and
 * never reused.
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
  readonly text: string;
}

export const reflections: readonly Reflection[] = [
  { id: 'pace-1', theme: 'own-pace', text: 'There is no deadline for feeling better. Today only asks you to get through today.' },
  { id: 'pace-2', theme: 'own-pace', text: 'Healing is not a race, and nobody is timing you. What pace would feel kind right now?' },
  { id: 'pace-3', theme: 'own-pace', text: 'Some days move forward and some slide back. Both are part of the same road.' },
  { id: 'pace-4', theme: 'own-pace', text: 'Your heartbreak is yours alone. It does not have to follow anyone else’s timetable.' },
  { id: 'pace-5', theme: 'own-pace', text: 'Rushing to be “over it” often just buries what still needs your attention. What is asking to be felt?' },
  { id: 'pace-6', theme: 'own-pace', text: 'Slow is still moving. Choosing not to look right now counts as a step.' },
  { id: 'gentle-1', theme: 'self-compassion', text: 'Wanting to look does not make you weak. It means something mattered to you.' },
  { id: 'gentle-2', theme: 'self-compassion', text: 'Talk to yourself the way you would talk to a friend who is hurting. What would you tell them?' },
  { id: 'gentle-3', theme: 'self-compassion', text: 'Have you eaten, slept, or been outside today? Your body is carrying this too.' },
  { id: 'gentle-4', theme: 'self-compassion', text: 'Measuring your progress against someone else’s only adds weight. Your path is allowed to look different.' },
  { id: 'gentle-5', theme: 'self-compassion', text: 'You can be disappointed in a moment without being disappointed in yourself.' },
  { id: 'gentle-6', theme: 'self-compassion', text: 'Reaching out to a friend or a counsellor is a strong thing to do, not a failure. Who could you call?' },
  { id: 'control-1', theme: 'cannot-control', text: 'How they feel and what they decide belong to them. Their profile will not change that.' },
  { id: 'control-2', theme: 'cannot-control', text: 'Checking can feel like holding on to some control. What are you hoping this look will settle?' },
  { id: 'control-3', theme: 'cannot-control', text: 'You cannot steer their choices. You can choose what you do in the next ten minutes.' },
  { id: 'control-4', theme: 'cannot-control', text: 'Whatever is on that page was posted for an audience, not as a message to you.' },
  { id: 'control-5', theme: 'cannot-control', text: 'Letting go of how this ends is not giving up. It is putting down a weight you were never able to carry.' },
  { id: 'accept-1', theme: 'acceptance', text: 'This is where things are, even if it is not where you wanted them. Can you let that be true for a breath?' },
  { id: 'accept-2', theme: 'acceptance', text: 'Accepting what happened is not agreeing with it. It just stops the fight against what already is.' },
  { id: 'accept-3', theme: 'acceptance', text: 'The urge is here, and it will pass on its own. You do not have to act on it to make it leave.' },
  { id: 'accept-4', theme: 'acceptance', text: 'Some questions will not get answers. Peace can grow even around an unanswered one.' },
  { id: 'accept-5', theme: 'acceptance', text: 'Notice the feeling, name it, and let it sit beside you. What is it called right now?' },
  { id: 'care-1', theme: 'healthier-care', text: 'You can still care about them and also care for yourself by not looking.' },
  { id: 'care-2', theme: 'healthier-care', text: 'Caring in a steadier way means your day is not decided by what they post.' },
  { id: 'care-3', theme: 'healthier-care', text: 'Put some of this energy into something that gives back to you. What small thing could that be?' },
  { id: 'care-4', theme: 'healthier-care', text: 'Your attention is precious. Where would you like to spend the next few minutes of it?' },
  { id: 'care-5', theme: 'healthier-care', text: 'Focus on what is yours to shape: your actions, your thoughts, your own recovery.' },
  { id: 'care-6', theme: 'healthier-care', text: 'Whatever happens between you, a rested and steadier you will meet it better.' },
];
