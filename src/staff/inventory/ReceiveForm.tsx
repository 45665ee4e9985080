/** Receive stock: how many, donation or purchase, and optionally where from and a note. */
import { t } from '../../i18n/index.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { QuantityField } from '../../ui/form/QuantityField.js';
import { BoxIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { parseReceive, type ReceiveValues } from './inventory-forms.js';
import { NoteField } from './NoteField.js';
import { StockForm } from './StockForm.js';
import { useStockForm } from './use-stock-form.js';

const EMPTY: ReceiveValues = { quantity: '', kind: 'donation', source: '', note: '' };

export function ReceiveForm({ itemId, onSaved }: { itemId: string; onSaved: (message: string) => void }) {
  const form = useStockForm({
    empty: EMPTY,
    parse: (values: ReceiveValues) => parseReceive(itemId, values),
    onSaved,
  });
  const { values, set, bind } = form;
  return (
    <StockForm form={form} icon={<BoxIcon />} submitLabel={t.value('inventory.receive.submit')}>
      <QuantityField label={t.value('inventory.receive.quantity')} {...bind('quantity')} />
      <ChoiceGroup
        legend={t.value('inventory.kind')}
        options={[
          { value: 'donation', label: t.value('inventory.kind.donation') },
          { value: 'purchase', label: t.value('inventory.kind.purchase') },
        ]}
        value={values.kind}
        onValue={set('kind')}
        problem={null}
      />
      <TextField
        label={t.value('inventory.receive.source')}
        hint={t.value('inventory.receive.sourceHint')}
        {...bind('source')}
      />
      <NoteField {...bind('note')} />
    </StockForm>
  );
}
