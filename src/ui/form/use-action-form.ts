/**
 * The hook every staff form uses to save: validate, then busy, then an error or a success message;
 * after a refused save the keyboard goes to the first field that needs attention.
 */
import { useEffect, useReducer, useRef } from 'preact/hooks';
import { type ActionFormSteps, IDLE, nextFormState, submitActionForm } from './action-form-state.js';

/** A field marked invalid, or an input of a choice group that carries its problem. */
export const FIRST_PROBLEM = '[aria-invalid="true"], fieldset[aria-describedby] input';

export interface ActionFormOptions<I, T, F extends { readonly ok: false }> extends ActionFormSteps<I, T, F> {
  /** Where the keyboard goes after a refused save (default: the first of `FIRST_PROBLEM`). */
  readonly focusOnRefusal?: (form: HTMLFormElement) => HTMLElement | null | undefined;
}

export function useActionForm<I, T, F extends { readonly ok: false }>(options: ActionFormOptions<I, T, F>) {
  const [state, report] = useReducer(nextFormState, IDLE);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const element = form.current;
    if (state.attempts === 0 || !element) return;
    const first = options.focusOnRefusal
      ? options.focusOnRefusal(element)
      : element.querySelector<HTMLElement>(FIRST_PROBLEM);
    first?.focus();
  }, [state.attempts]);

  const submit = async (event?: Event) => {
    event?.preventDefault();
    await submitActionForm(options, state.busy, report);
  };

  return {
    ...state,
    form,
    submit,
    /** After a save the form starts over: problems hide until the next attempt. */
    reset: () => report({ type: 'reset' }),
    clearMessage: () => report({ type: 'messageCleared' }),
  };
}
