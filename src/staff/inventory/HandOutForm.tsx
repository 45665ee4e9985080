/** Hand out without a request (walk-up distribution): how many, and an optional note. */
import { t } from '../../i18n/index.js';
import { QuantityField } from '../../ui/form/QuantityField.js';
import { CheckIcon } from '../../ui/icons.js';
import { type HandOutValues, parseHandOut } from './inventory-forms.js';
import { NoteField } from './NoteField.js';
import { StockForm } from './StockForm.js';
import { useStockForm } from './use-stock-form.js';

const EMPTY: HandOutValues = { quantity: '', note: '' };

export function HandOutForm(props: { itemId: string; onHand: number; onSaved: (message: string) => void }) {
  const form = useStockForm({
    empty: EMPTY,
    parse: (values: HandOutValues) => parseHandOut(props.itemId, values, props.onHand),
    onSaved: props.onSaved,
  });
  const { bind } = form;
  return (
    <StockForm form={form} icon={<CheckIcon />} submitLabel={t.value('inventory.handOut.submit')}>
      <QuantityField label={t.value('inventory.handOut.quantity')} {...bind('quantity')} />
      <NoteField {...bind('note')} />
    </StockForm>
  );
}
