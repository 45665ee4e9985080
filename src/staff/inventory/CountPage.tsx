/**
 * A physical count of all items or only some: staff type what is on the shelf; blank rows are not
 * counted. Saving records one `stock.counted` op with, per item, what this device showed.
 */
import { useState } from 'preact/hooks';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { CheckIcon } from '../../ui/icons.js';
import { workingSite } from '../site-choice.js';
import { describeActionFailure } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { CountRow } from './CountRow.js';
import { newCountId, recordStockMovement } from './inventory-actions.js';
import { type CountResult, parseCount } from './inventory-forms.js';
import { say } from './inventory-labels.js';
import { listStock } from './inventory-queries.js';
import { INVENTORY_PATH } from './inventory-routes.js';
import { NoteField } from './NoteField.js';
import { StockTable } from './StockTable.js';

type CountReady = Extract<CountResult, { ok: true }>;

export function CountPage() {
  const site = workingSite.value;
  const loaded = useViews(() => listStock(site), `stock-count:${site}`);
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  // What the list showed when each item was counted: the fold keeps movements made meanwhile.
  const [believed, setBelieved] = useState<Readonly<Record<string, number>>>({});
  const [note, setNote] = useState('');
  const stock = loaded.status === 'ready' ? loaded.value : [];
  const rows = stock.map((row) => ({
    itemId: row.item.id,
    typed: typed[row.item.id] ?? '',
    believed: believed[row.item.id] ?? row.onHand,
  }));
  const parsed = parseCount('count_preview', rows, note);
  const form = useActionForm({
    validate: () => {
      const count = parseCount(newCountId(), rows, note);
      return count.ok ? count : refuse();
    },
    act: (count: CountReady) => recordStockMovement(count.draft),
    describe: describeActionFailure,
    done: (_, count) => {
      setTyped({});
      setBelieved({});
      setNote('');
      form.reset();
      return t.value('inventory.count.doneMany', { count: count.counted });
    },
    // Nothing counted marks no field, so the keyboard goes to the first row to count.
    focusOnRefusal: (element) =>
      element.querySelector<HTMLElement>('[aria-invalid="true"]') ?? element.querySelector('input'),
  });
  const tried = form.tried;
  const problems = tried && !parsed.ok ? parsed.problems : {};
  const counted = rows.filter((row) => row.typed.trim() !== '').length;

  const type = (itemId: string, onHand: number) => (value: string) => {
    form.clearMessage();
    setTyped((current) => ({ ...current, [itemId]: value }));
    setBelieved((current) => {
      const { [itemId]: _, ...rest } = current;
      return value.trim() === '' ? rest : { [itemId]: current[itemId] ?? onHand, ...rest };
    });
  };

  const language = currentLanguage.value;
  return (
    <>
      <p>
        <a href={INVENTORY_PATH}>{t.value('inventory.back')}</a>
      </p>
      <h1>{t.value('inventory.count.title')}</h1>
      <p class="panel__lead">{t.value('inventory.count.lead')}</p>
      {loaded.status === 'failed' && <Alert message={t.value('inventory.loadFailed')} />}
      {loaded.status === 'loading' && <p class="loading">{t.value('staff.loading')}</p>}
      {loaded.status === 'ready' && stock.length === 0 && <p>{t.value('inventory.none')}</p>}
      <Notice message={form.message} />
      {stock.length > 0 && (
        <form ref={form.form} class="form count-form" onSubmit={form.submit} noValidate>
          <p class="field__hint">{t.value('inventory.count.hint')}</p>
          <StockTable
            caption={t.value('inventory.count.caption')}
            columns={<th scope="col">{t.value('inventory.count.col.counted')}</th>}
          >
            {stock.map((row) => (
              <CountRow
                key={row.item.id}
                name={itemName(row.item, language)}
                row={row}
                typed={typed[row.item.id] ?? ''}
                onTyped={type(row.item.id, row.onHand)}
                problem={say(problems[row.item.id])}
              />
            ))}
          </StockTable>
          <p role="status">{t.value('inventory.count.progress', { counted, total: stock.length })}</p>
          <NoteField value={note} onValue={setNote} problem={tried && !parsed.ok ? say(parsed.note) : null} />
          {tried && !parsed.ok && (
            <Alert
              message={t.value(
                parsed.nothingCounted ? 'inventory.problem.nothingCounted' : 'inventory.problem.countSummary',
              )}
            />
          )}
          <Alert message={form.error} />
          <button type="submit" class="button button--primary" disabled={form.busy}>
            <CheckIcon />
            {t.value('inventory.count.submit')}
          </button>
        </form>
      )}
    </>
  );
}
