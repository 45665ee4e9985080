/**
 * The called numbers, very large: the latest on top ("please come to the front desk"), a few
 * earlier ones below. Ticket numbers only: this device never receives a name or an item.
 */
import { t } from '../i18n/index.js';
import { useAnnouncements } from './use-announcements.js';
import { useCalledNumbers } from './use-called-numbers.js';

export function CalledBoard() {
  const numbers = useCalledNumbers();
  useAnnouncements(numbers);
  const [latest, ...earlier] = numbers ?? [];
  return (
    <section class="called-board" aria-labelledby="called-board-title">
      <h1 id="called-board-title">{t.value('display.title')}</h1>
      <div aria-live="polite">
        {numbers && !latest && <p class="called-board__empty">{t.value('display.empty')}</p>}
        {latest && (
          <p class="called-board__latest">
            <span class="called-board__ticket">{latest.ticket}</span>
            <span class="called-board__where">{t.value('display.latest')}</span>
          </p>
        )}
      </div>
      {earlier.length > 0 && (
        <>
          <h2>{t.value('display.earlier')}</h2>
          <ol class="called-board__earlier">
            {earlier.map((number) => (
              <li key={number.requestId}>{number.ticket}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
