/**
 * For a screen in the lobby: the numbers being served and next, very large, and no names or
 * items. It follows the queue live (long-poll), and offline from this device's own data.
 */
import { t } from '../../i18n/index.js';
import { useFloor } from './use-floor.js';
import './queue.css';

/** How many of the oldest waiting numbers show as "now serving". */
const SERVING = 3;

export function NowServingPage() {
  const floor = useFloor();
  const tickets =
    floor.status === 'ready' ? floor.value.queue.flatMap((entry) => (entry.ticket ? [entry.ticket] : [])) : [];
  const serving = [...new Set(tickets)];
  return (
    <section class="now-serving" aria-labelledby="now-serving-title">
      <h1 id="now-serving-title">{t.value('nowServing.title')}</h1>
      {serving.length === 0 ? (
        <p class="now-serving__empty">{t.value('nowServing.empty')}</p>
      ) : (
        <>
          <ol class="now-serving__current" aria-live="polite">
            {serving.slice(0, SERVING).map((ticket) => (
              <li key={ticket}>{ticket}</li>
            ))}
          </ol>
          {serving.length > SERVING && (
            <>
              <h2>{t.value('nowServing.next')}</h2>
              <ol class="now-serving__next">
                {serving.slice(SERVING).map((ticket) => (
                  <li key={ticket}>{ticket}</li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      <a class="now-serving__back" href="/staff/queue">
        {t.value('nowServing.back')}
      </a>
    </section>
  );
}
