/**
 * The behaviour every stock form shares, on the form kit's useActionForm: typed values, problems
 * shown once the person has tried to save (then kept up to date as they type), one save at a time,
 * and a confirmation with the new on hand.
 */
import { useState } from 'preact/hooks';
import type { OpDraft } from '../../core/ops/op.js';
import { t } from '../../i18n/index.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { fieldBinder, fieldSetter } from '../../ui/form/field-set.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { describeActionFailure } from '../staff-actions.js';
import { recordStockMovement } from './inventory-actions.js';
import type { FormResult } from './inventory-forms.js';
import { signed } from './inventory-history.js';
import { formatNumber, say } from './inventory-labels.js';
import type { Problem } from './quantity.js';

export function useStockForm<V extends object, F extends string>(options: {
  empty: V;
  parse: (values: V) => FormResult<F>;
  onSaved: (message: string) => void;
}) {
  const [values, setValues] = useState(options.empty);
  const parsed = options.parse(values);
  const action = useActionForm({
    validate: () => (parsed.ok ? parsed.draft : refuse()),
    act: recordStockMovement,
    describe: describeActionFailure,
    done: (levels, draft) => {
      const itemId = 'itemId' in draft.payload ? draft.payload.itemId : '';
      setValues(options.empty);
      action.reset();
      options.onSaved(savedMessage(draft, levels.get(itemId) ?? 0));
    },
    focusOnRefusal: (form) => form.querySelector<HTMLElement>('[aria-invalid="true"], .is-invalid input'),
  });
  const problems: Partial<Record<F, Problem>> = action.tried && !parsed.ok ? parsed.problems : {};
  return {
    values,
    set: fieldSetter(values, setValues),
    /** `{...bind('quantity')}`: a field's value, setter and problem in words. */
    bind: fieldBinder(values, setValues, (field: F) => say(problems[field])),
    problems,
    tried: action.tried && !parsed.ok,
    busy: action.busy,
    error: action.error,
    form: action.form,
    submit: action.submit,
  };
}

/** What a stock form says once saved: the movement and the item's new on hand. */
function savedMessage(draft: OpDraft, onHand: number): string {
  const left = formatNumber(onHand);
  switch (draft.type) {
    case 'stock.received':
      return t.value('inventory.receive.done', { quantity: formatNumber(draft.payload.quantity), onHand: left });
    case 'stock.handedOut':
      return t.value('inventory.handOut.done', { quantity: formatNumber(draft.payload.quantity), onHand: left });
    case 'stock.adjusted':
      return t.value('inventory.adjust.done', { change: signed(draft.payload.delta), onHand: left });
    default:
      return '';
  }
}
