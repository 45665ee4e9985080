/**
 * useActionForm's steps for buttons that act at once (revoke, change role, answer a request):
 * no values to check, so `run(input)` acts, one at a time, with busy and the error in words.
 */
import { useReducer } from 'preact/hooks';
import { type ActionFormSteps, IDLE, nextFormState, submitActionForm } from './action-form-state.js';

export function useAction<I, T, F extends { readonly ok: false }>(steps: Omit<ActionFormSteps<I, T, F>, 'validate'>) {
  const [state, report] = useReducer(nextFormState, IDLE);
  return {
    busy: state.busy,
    error: state.error,
    /** Acts on `input` unless an earlier run is still busy; resolves when it is over. */
    run: (input: I) => submitActionForm({ ...steps, validate: () => input }, state.busy, report),
  };
}
