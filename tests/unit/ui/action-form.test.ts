/** The form kit's save steps: refused with problems, busy once, then an error or a confirmation. */
import { describe, expect, it } from 'vitest';
import {
  type ActionFormEvent,
  type ActionFormState,
  IDLE,
  nextFormState,
  refuse,
  submitActionForm,
} from '../../../src/ui/form/action-form-state.js';

type Failure = { readonly ok: false; readonly error: string };
const describeFailure = (failure: Failure) => `Could not save (${failure.error}).`;

/** Runs one submit from `state` and returns the state the form ends in, with what the action got. */
async function submit(
  state: ActionFormState,
  steps: {
    validate?: () => string | ReturnType<typeof refuse>;
    answer?: { ok: true; value: number } | Failure;
    done?: (value: number, input: string) => string | undefined;
  },
) {
  let current = state;
  const acted: string[] = [];
  const busyWhileActing: boolean[] = [];
  const report = (event: ActionFormEvent) => {
    current = nextFormState(current, event);
  };
  await submitActionForm(
    {
      ...(steps.validate ? { validate: steps.validate } : {}),
      act: async (input: string) => {
        acted.push(input);
        busyWhileActing.push(current.busy);
        return steps.answer ?? { ok: true, value: 1 };
      },
      describe: describeFailure,
      ...(steps.done ? { done: steps.done } : {}),
    },
    state.busy,
    report,
  );
  return { state: current, acted, busyWhileActing };
}

describe('an action form', () => {
  it('refuses values with problems: nothing is saved, problems show and the keyboard moves', async () => {
    const { state, acted } = await submit(IDLE, { validate: () => refuse() });
    expect(acted).toEqual([]);
    expect(state).toMatchObject({ tried: true, attempts: 1, busy: false, error: null });
  });

  it('shows the error a refusal gives (e.g. a missing sign-in name)', async () => {
    const { state } = await submit(IDLE, { validate: () => refuse('Type your name.') });
    expect(state.error).toBe('Type your name.');
  });

  it('saves what validate returned, busy while it saves', async () => {
    const { state, acted, busyWhileActing } = await submit(IDLE, { validate: () => 'clean values' });
    expect(acted).toEqual(['clean values']);
    expect(busyWhileActing).toEqual([true]);
    expect(state).toMatchObject({ busy: false, error: null, attempts: 0 });
  });

  it('says a failed save in words and keeps the form as typed (still tried)', async () => {
    const { state } = await submit(IDLE, { validate: () => 'x', answer: { ok: false, error: 'offline' } });
    expect(state).toMatchObject({ busy: false, tried: true, error: 'Could not save (offline).' });
  });

  it('clears the last error when a new save starts, and shows the confirmation done returns', async () => {
    const failed = { ...IDLE, tried: true, error: 'Could not save (offline).' };
    const { state } = await submit(failed, {
      validate: () => 'x',
      answer: { ok: true, value: 7 },
      done: (value, input) => `Saved ${input}: ${value} on hand.`,
    });
    expect(state).toMatchObject({ error: null, message: 'Saved x: 7 on hand.', busy: false });
  });

  it('does nothing while a save is under way (one save at a time)', async () => {
    const busy = { ...IDLE, busy: true };
    const { state, acted } = await submit(busy, { validate: () => 'x' });
    expect(acted).toEqual([]);
    expect(state).toEqual(busy);
  });

  it('forgets the last confirmation when the person tries again', async () => {
    const confirmed = { ...IDLE, message: 'Saved.' };
    const { state } = await submit(confirmed, { validate: () => refuse() });
    expect(state.message).toBeNull();
  });

  it('starts over after reset: problems hide until the next attempt', () => {
    const tried = nextFormState(IDLE, { type: 'tried' });
    expect(nextFormState(tried, { type: 'reset' }).tried).toBe(false);
    expect(nextFormState({ ...IDLE, message: 'Saved.' }, { type: 'messageCleared' }).message).toBeNull();
  });
});
