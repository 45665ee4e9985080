/**
 * What a form's save goes through, as pure steps: refused (problems to show), busy, then an error
 * or a success message. The hook in use-action-form.ts keeps this state; tests drive it directly.
 */

/** Returned by `validate` when the values cannot be saved; an error, if given, is shown as the alert. */
export class Refusal {
  constructor(readonly error: string | null = null) {}
}

/** Refuses the save, optionally with an error to show (e.g. "Type your sign-in name and PIN."). */
export function refuse(error?: string): Refusal {
  return new Refusal(error ?? null);
}

export interface ActionFormState {
  /** A save was tried: problems show from then on, even in untouched fields. */
  readonly tried: boolean;
  /** Refused saves so far; each one takes the keyboard to the first problem. */
  readonly attempts: number;
  readonly busy: boolean;
  readonly error: string | null;
  /** What a save said when it worked ("Saved."), until the next save or `clearMessage`. */
  readonly message: string | null;
}

export const IDLE: ActionFormState = { tried: false, attempts: 0, busy: false, error: null, message: null };

export type ActionFormEvent =
  | { readonly type: 'tried' }
  | { readonly type: 'refused'; readonly error: string | null }
  | { readonly type: 'started' }
  | { readonly type: 'failed'; readonly error: string }
  | { readonly type: 'succeeded' }
  | { readonly type: 'confirmed'; readonly message: string }
  | { readonly type: 'reset' }
  | { readonly type: 'messageCleared' };

export function nextFormState(state: ActionFormState, event: ActionFormEvent): ActionFormState {
  switch (event.type) {
    case 'tried':
      return { ...state, tried: true, message: null };
    case 'refused':
      return { ...state, attempts: state.attempts + 1, error: event.error ?? state.error };
    case 'started':
      return { ...state, busy: true, error: null };
    case 'failed':
      return { ...state, busy: false, error: event.error };
    case 'succeeded':
      return { ...state, busy: false };
    case 'confirmed':
      return { ...state, message: event.message };
    case 'reset':
      return { ...state, tried: false };
    case 'messageCleared':
      return { ...state, message: null };
  }
}

/** An action's answer: a value, or a failure the form describes in words. */
export type ActionAnswer<T, F> = { readonly ok: true; readonly value: T } | F;

export interface ActionFormSteps<I, T, F extends { readonly ok: false }> {
  /** The values to save, or a refusal when they have problems. Without it, every save goes ahead. */
  readonly validate?: () => I | Refusal;
  readonly act: (input: I) => Promise<ActionAnswer<T, F>>;
  readonly describe: (failure: F) => string;
  /** After a save worked; a string it returns (or resolves to) is confirmed in the form. */
  readonly done?: (value: T, input: I) => unknown;
}

/** One submit: refuses while busy, validates, acts, and reports each step; resolves when it is over. */
export async function submitActionForm<I, T, F extends { readonly ok: false }>(
  steps: ActionFormSteps<I, T, F>,
  busy: boolean,
  report: (event: ActionFormEvent) => void,
): Promise<void> {
  if (busy) return;
  report({ type: 'tried' });
  const input = steps.validate ? steps.validate() : (undefined as I);
  if (input instanceof Refusal) return report({ type: 'refused', error: input.error });
  report({ type: 'started' });
  const answer = await steps.act(input);
  if (!answer.ok) return report({ type: 'failed', error: steps.describe(answer as F) });
  report({ type: 'succeeded' });
  const message = await steps.done?.((answer as { ok: true; value: T }).value, input);
  if (typeof message === 'string' && message) report({ type: 'confirmed', message });
}
