/** The frame of every stock form: its fields, the problem summary, the save error and the button. */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/index.js';
import { Alert } from '../../ui/Alert.js';
import type { useStockForm } from './use-stock-form.js';

export function StockForm(props: {
  form: Pick<ReturnType<typeof useStockForm>, 'form' | 'submit' | 'tried' | 'error' | 'busy'>;
  icon: ComponentChildren;
  submitLabel: string;
  children: ComponentChildren;
}) {
  const { form } = props;
  return (
    <form ref={form.form} class="form stock-form" onSubmit={form.submit} noValidate>
      {props.children}
      {form.tried && <Alert message={t.value('inventory.problem.summary')} />}
      <Alert message={form.error} />
      <button type="submit" class="button button--primary" disabled={form.busy}>
        {props.icon}
        {props.submitLabel}
      </button>
    </form>
  );
}
