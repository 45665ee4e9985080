/** Being built (issue 7). */
import { t } from '../../i18n/index.js';

export function QueuePage() {
  return <h1>{t.value('staff.nav.queue')}</h1>;
}
