/** Adjust: add or take away, how many, and why (damaged, expired, lost, found, other with a note). */
import type { AdjustReason } from '../../core/ops/stock.js';
import { t } from '../../i18n/index.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { QuantityField } from '../../ui/form/QuantityField.js';
import { CheckIcon } from '../../ui/icons.js';
import { type AdjustValues, parseAdjust } from './inventory-forms.js';
import { ADJUST_REASON } from './inventory-history.js';
import { NoteField } from './NoteField.js';
import { StockForm } from './StockForm.js';
import { useStockForm } from './use-stock-form.js';

const EMPTY: AdjustValues = { direction: null, quantity: '', reason: null, note: '' };
const REASONS = Object.keys(ADJUST_REASON) as AdjustReason[];

export function AdjustForm(props: { itemId: string; onHand: number; onSaved: (message: string) => void }) {
  const form = useStockForm({
    empty: EMPTY,
    parse: (values: AdjustValues) => parseAdjust(props.itemId, values, props.onHand),
    onSaved: props.onSaved,
  });
  const { bind } = form;
  return (
    <StockForm form={form} icon={<CheckIcon />} submitLabel={t.value('inventory.adjust.submit')}>
      <ChoiceGroup
        legend={t.value('inventory.adjust.direction')}
        options={[
          { value: 'add', label: t.value('inventory.adjust.add') },
          { value: 'remove', label: t.value('inventory.adjust.remove') },
        ]}
        {...bind('direction')}
      />
      <QuantityField label={t.value('inventory.adjust.quantity')} {...bind('quantity')} />
      <ChoiceGroup
        legend={t.value('inventory.adjust.reason')}
        options={REASONS.map((reason) => ({ value: reason, label: t.value(ADJUST_REASON[reason]) }))}
        {...bind('reason')}
      />
      <NoteField hint={t.value('inventory.adjust.noteHint')} {...bind('note')} />
    </StockForm>
  );
}
