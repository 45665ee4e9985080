/**
 * Masked lines: on a screen that may face the lobby, discreet items (naloxone, safer-use
 * supplies, wound care) read "Health and safety supplies" until staff tap Show on that request.
 * Shown stays for this screen only (component state): nothing is recorded, stock and history stay exact.
 */
import type { QueueEntry, QueueLine } from '../../core/floor/floor.js';
import { t } from '../../i18n/index.js';
import { EyeIcon } from '../../ui/icons.js';
import './MaskedLines.css';

/** Whether the request has a line to hide while it is not shown. */
export function hasDiscreetLine(entry: Pick<QueueEntry, 'lines'>): boolean {
  return entry.lines.some((line) => line.discreet);
}

/** The line's name as the card shows it: the neutral words while masked. */
export function lineName(line: QueueLine, masked: boolean): string {
  return masked && line.discreet ? t.value('queue.masked') : line.name;
}

/** "Show", named for the request it reveals (several cards have one). */
export function ShowButton({ ticket, onShow }: { ticket: string | null; onShow(): void }) {
  return (
    <button
      type="button"
      class="button request-card__show"
      aria-label={ticket ? t.value('queue.show.label', { ticket }) : t.value('queue.show.labelNoTicket')}
      onClick={onShow}
    >
      <EyeIcon />
      {t.value('queue.show')}
    </button>
  );
}
