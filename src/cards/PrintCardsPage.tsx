/** The member card sheet at /staff/cards/print?participants=<id>,<id>. (Being built.) */
import { t } from '../i18n/index.js';

export function PrintCardsPage() {
  return <h1>{t.value('staff.comingSoon')}</h1>;
}
