/** Being built (issue 7). */
import { t } from '../../i18n/index.js';

export function InventorySection(_props: { path: string }) {
  return <h1>{t.value('staff.nav.inventory')}</h1>;
}
