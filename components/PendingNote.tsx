import type { Ref } from 'preact';

interface Props {
  /** Given to the words alone, for the control's `aria-describedby`. */
  readonly id: string;
  /** What waits and when: "Turns off on Fri, Nov 27, 9:00 PM". */
  readonly text: string;
  /** The button that keeps things as they are: "Keep strict mode on". */
  readonly keep: string;
  readonly onKeep: () => void;
  /** The note can take the focus when the control that asked for it has gone. */
  readonly noteRef?: Ref<HTMLParagraphElement>;
}

/**
 * Beside the very control whose change loosens protection, for as long as that change waits
 * (it comes from the list of waiting changes, so it is there after a reload too): when it takes
 * effect, and a way to keep things as they are right there.
 */
export function PendingNote({ id, text, keep, onKeep, noteRef }: Props) {
  return (
    <p class="pending-note" ref={noteRef} tabIndex={-1}>
      <span id={id}>{text}</span>
      {' · '}
      <button type="button" class="quiet small" onClick={onKeep}>
        {keep}
      </button>
    </p>
  );
}
