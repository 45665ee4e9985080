/**
 * "Receive a box" (/staff/inventory/box) and "Hand out several" (/staff/inventory/walk-up): many
 * items with quantities on one form, saved as one op, so the whole box lands or none of it does.
 */
import { useState } from 'preact/hooks';
import { itemName } from '../../core/kiosk/needs.js';
import type { BatchSource } from '../../core/ops/stock-batch.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { newRandomId } from '../../store/op-ids.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { BoxIcon, ListIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { workingSite } from '../site-choice.js';
import { describeActionFailure } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { BatchRow } from './BatchRow.js';
import { type BatchMode, type BatchResult, parseBatch } from './batch-form.js';
import { batchStock } from './batch-queries.js';
import { recordStockMovement } from './inventory-actions.js';
import { formatNumber, say } from './inventory-labels.js';
import { INVENTORY_PATH } from './inventory-routes.js';
import { NoteField } from './NoteField.js';
import { StockTable } from './StockTable.js';

type BatchReady = Extract<BatchResult, { ok: true }>;

const WORDS = {
  receive: {
    title: 'inventory.box.title',
    lead: 'inventory.box.lead',
    caption: 'inventory.box.caption',
    field: 'inventory.box.field',
    submit: 'inventory.box.submit',
    done: 'inventory.box.done',
  },
  handOut: {
    title: 'inventory.walkUp.title',
    lead: 'inventory.walkUp.lead',
    caption: 'inventory.walkUp.caption',
    field: 'inventory.walkUp.field',
    submit: 'inventory.walkUp.submit',
    done: 'inventory.walkUp.done',
  },
} as const;

export function BatchPage({ mode }: { mode: BatchMode }) {
  const site = workingSite.value;
  const loaded = useViews(() => batchStock(site), `stock-batch-${mode}:${site}`);
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const [kind, setKind] = useState<BatchSource>('donation');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const stock = loaded.status === 'ready' ? loaded.value : null;
  const parse = (batchId: string) =>
    parseBatch(mode, batchId, { typed, kind, source, note }, stock?.items ?? [], stock?.onHand ?? new Map());
  const parsed = parse('batch_preview');
  const form = useActionForm({
    validate: () => {
      const batch = parse(`batch_${newRandomId()}`);
      return batch.ok ? batch : refuse();
    },
    act: (batch: BatchReady) => recordStockMovement(batch.draft),
    describe: describeActionFailure,
    done: (_, batch) => {
      setTyped({});
      setSource('');
      setNote('');
      form.reset();
      return t.value(WORDS[mode].done, { count: batch.lines.length, total: formatNumber(batch.total) });
    },
    focusOnRefusal: (element) =>
      element.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      element.querySelector<HTMLElement>('input.count-input'),
  });
  const failed = form.tried && !parsed.ok ? parsed : null;
  const listed = parsed.ok ? parsed : null;
  const words = WORDS[mode];
  const language = currentLanguage.value;
  const type = (itemId: string) => (value: string) => {
    form.clearMessage();
    setTyped((current) => ({ ...current, [itemId]: value }));
  };
  return (
    <>
      <p>
        <a href={INVENTORY_PATH}>{t.value('inventory.back')}</a>
      </p>
      <h1>{t.value(words.title)}</h1>
      <p class="panel__lead">{t.value(words.lead)}</p>
      {loaded.status === 'failed' && <Alert message={t.value('inventory.loadFailed')} />}
      {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
      {stock && stock.rows.length === 0 && <p>{t.value('inventory.none')}</p>}
      <Notice message={form.message} />
      {stock && stock.rows.length > 0 && (
        <form ref={form.form} class="form count-form" onSubmit={form.submit} noValidate>
          {mode === 'receive' && (
            <ChoiceGroup
              legend={t.value('inventory.box.kind')}
              options={[
                { value: 'donation', label: t.value('inventory.kind.donation') },
                { value: 'purchase', label: t.value('inventory.kind.purchase') },
                { value: 'transfer', label: t.value('inventory.kind.transfer') },
              ]}
              value={kind}
              onValue={setKind}
            />
          )}
          {mode === 'receive' && (
            <TextField
              label={t.value('inventory.box.source')}
              hint={t.value('inventory.box.sourceHint')}
              value={source}
              onValue={setSource}
              problem={say(failed?.source)}
            />
          )}
          <StockTable
            caption={t.value(words.caption)}
            columns={<th scope="col">{t.value('inventory.batch.col.quantity')}</th>}
          >
            {stock.rows.map((row) => {
              const name = itemName(row.item, language);
              return (
                <BatchRow
                  key={row.item.id}
                  name={name}
                  label={t.value(words.field, { name })}
                  row={row}
                  typed={typed[row.item.id] ?? ''}
                  onTyped={type(row.item.id)}
                  problem={say(failed?.problems[row.item.id])}
                />
              );
            })}
          </StockTable>
          <p role="status">
            {t.value('inventory.batch.progress', {
              count: listed?.lines.length ?? 0,
              total: formatNumber(listed?.total ?? 0),
            })}
          </p>
          <NoteField value={note} onValue={setNote} problem={say(failed?.note)} />
          {failed && (
            <Alert
              message={t.value(
                failed.nothingListed ? 'inventory.problem.nothingListed' : 'inventory.problem.batchSummary',
              )}
            />
          )}
          <Alert message={form.error} />
          <button type="submit" class="button button--primary" disabled={form.busy}>
            {mode === 'receive' ? <BoxIcon /> : <ListIcon />}
            {t.value(words.submit)}
          </button>
        </form>
      )}
    </>
  );
}
