/**
 * A short question in place of the button that asked it ("Revoke Front desk?"), with a yes and a
 * cancel button. The keyboard lands on yes, since the button it was on has just disappeared.
 */
import { useEffect, useRef } from 'preact/hooks';

export function ConfirmQuestion(props: {
  question: string;
  yesLabel: string;
  /** The yes button's look: `button--danger` for what cannot be undone. */
  yesClass: 'button--primary' | 'button--danger';
  cancelLabel: string;
  busy: boolean;
  onYes: () => void;
  onCancel: () => void;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <fieldset class="confirm">
      <legend>{props.question}</legend>
      <button ref={yes} type="button" class={`button ${props.yesClass}`} disabled={props.busy} onClick={props.onYes}>
        {props.yesLabel}
      </button>
      <button type="button" class="button" disabled={props.busy} onClick={props.onCancel}>
        {props.cancelLabel}
      </button>
    </fieldset>
  );
}
