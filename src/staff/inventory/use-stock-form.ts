/**
 * The behaviour every stock form shares: typed values, problems shown once the person has tried
 * to save (then kept up to date as they type), focus on the first problem, one save at a time,
 * and a confirmation with the new on hand.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OpDraft } from '../../core/ops/op.js';
import { describeActionFailure } from '../staff-actions.js';
import { recordStockMovement } from './inventory-actions.js';
import type { FormResult } from './inventory-forms.js';
import type { Problem } from './quantity.js';

export function useStockForm<V, F extends string>(options: {
  empty: V;
  parse: (values: V) => FormResult<F>;
  /** What to say once saved, given the op and the item's new on hand. */
  confirm: (draft: OpDraft, onHand: number) => string;
  onSaved: (message: string) => void;
}) {
  const [values, setValues] = useState(options.empty);
  const [attempts, setAttempts] = useState(0);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const parsed = options.parse(values);
  const problems: Partial<Record<F, Problem>> = tried && !parsed.ok ? parsed.problems : {};

  useEffect(() => {
    if (attempts > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .is-invalid input')?.focus();
  }, [attempts]);

  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    if (!parsed.ok) return setAttempts((n) => n + 1);
    setBusy(true);
    setError(null);
    const result = await recordStockMovement(parsed.draft);
    setBusy(false);
    if (!result.ok) return setError(describeActionFailure(result));
    const itemId = 'itemId' in parsed.draft.payload ? parsed.draft.payload.itemId : '';
    setValues(options.empty);
    setTried(false);
    options.onSaved(options.confirm(parsed.draft, result.value.get(itemId) ?? 0));
  };

  return { values, set, problems, tried: tried && !parsed.ok, busy, error, form, submit };
}
