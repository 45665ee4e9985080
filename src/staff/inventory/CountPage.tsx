/**
 * A physical count of all items or only some: staff type what is on the shelf; blank rows are not
 * counted. Saving records one `stock.counted` op with, per item, what this device showed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { CheckIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { describeActionFailure } from '../staff-actions.js';
import { useViews } from '../use-views.js';
import { CountRow } from './CountRow.js';
import { newCountId, recordStockMovement } from './inventory-actions.js';
import { parseCount } from './inventory-forms.js';
import { say } from './inventory-labels.js';
import { listStock } from './inventory-queries.js';
import { INVENTORY_PATH } from './inventory-routes.js';

export function CountPage() {
  const loaded = useViews(listStock, 'stock-count');
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  // What the list showed when each item was counted: the fold keeps movements made meanwhile.
  const [believed, setBelieved] = useState<Readonly<Record<string, number>>>({});
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempts === 0) return;
    const first =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector('input');
    first?.focus();
  }, [attempts]);

  const stock = loaded.status === 'ready' ? loaded.value : [];
  const rows = stock.map((row) => ({
    itemId: row.item.id,
    typed: typed[row.item.id] ?? '',
    believed: believed[row.item.id] ?? row.onHand,
  }));
  const parsed = parseCount('count_preview', rows, note);
  const problems = tried && !parsed.ok ? parsed.problems : {};
  const counted = rows.filter((row) => row.typed.trim() !== '').length;

  const type = (itemId: string, onHand: number) => (value: string) => {
    setDone(null);
    setTyped((current) => ({ ...current, [itemId]: value }));
    setBelieved((current) => {
      const { [itemId]: _, ...rest } = current;
      return value.trim() === '' ? rest : { [itemId]: current[itemId] ?? onHand, ...rest };
    });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    const result = parseCount(newCountId(), rows, note);
    if (!result.ok) return setAttempts((n) => n + 1);
    setBusy(true);
    setError(null);
    const saved = await recordStockMovement(result.draft);
    setBusy(false);
    if (!saved.ok) return setError(describeActionFailure(saved));
    setTyped({});
    setBelieved({});
    setNote('');
    setTried(false);
    setDone(
      result.counted === 1
        ? t.value('inventory.count.doneOne')
        : t.value('inventory.count.doneMany', { count: result.counted }),
    );
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
      <Notice message={done} />
      {stock.length > 0 && (
        <form ref={form} class="form count-form" onSubmit={submit} noValidate>
          <p class="field__hint">{t.value('inventory.count.hint')}</p>
          <div class="table-wrap">
            <table class="table stock-table">
              <caption class="visually-hidden">{t.value('inventory.count.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.value('inventory.col.item')}</th>
                  <th scope="col" class="stock-table__number">
                    {t.value('inventory.col.onHand')}
                  </th>
                  <th scope="col">{t.value('inventory.count.col.counted')}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
          <p role="status">{t.value('inventory.count.progress', { counted, total: stock.length })}</p>
          <TextField
            label={t.value('inventory.note')}
            value={note}
            onValue={setNote}
            problem={say(tried && !parsed.ok ? parsed.note : null)}
          />
          {tried && !parsed.ok && (
            <Alert
              message={t.value(
                parsed.nothingCounted ? 'inventory.problem.nothingCounted' : 'inventory.problem.countSummary',
              )}
            />
          )}
          <Alert message={error} />
          <button type="submit" class="button button--primary" disabled={busy}>
            <CheckIcon />
            {t.value('inventory.count.submit')}
          </button>
        </form>
      )}
    </>
  );
}
