/** A stock status in words with a shape beside it, so it never depends on colour alone. */
import type { StockStatus } from '../../core/fold/selectors.js';
import { t } from '../../i18n/index.js';
import { AlertIcon, CheckIcon } from '../../ui/icons.js';
import { STATUS_LABEL } from './inventory-labels.js';

export function StockStatusTag({ status }: { status: StockStatus }) {
  return (
    <span class={`stock-status stock-status--${status}`}>
      {status === 'ok' ? <CheckIcon /> : <AlertIcon />}
      {t.value(STATUS_LABEL[status])}
    </span>
  );
}
