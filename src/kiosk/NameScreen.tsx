/**
 * "Find my name": a large input for the tablet's keyboard, results after two letters, each shown
 * only as a first name and last initial. Picking one checks in, or asks for a birthday first.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { DirectoryEntry } from '../core/fold/directory.js';
import { isSearchable, type NameMatch, searchDirectory } from '../core/kiosk/name-search.js';
import { t } from '../i18n/index.js';
import { dataVersion } from '../sync/app-sync.js';
import { kioskDirectory } from './check-in.js';
import { goTo } from './flow.js';
import { BackButton, VisitorButton } from './KioskButtons.js';

export function NameScreen({ onPick }: { onPick(match: NameMatch): void }) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [directory, setDirectory] = useState<DirectoryEntry[]>([]);
  // Read again after each sync round: someone enrolled a minute ago can already find their name.
  const version = dataVersion.value;
  useEffect(() => {
    void kioskDirectory().then(setDirectory, () => setDirectory([]));
  }, [version]);
  const searchable = isSearchable(query);
  const matches = searchable ? searchDirectory(directory, query) : [];
  return (
    <section class="kiosk-screen" aria-labelledby="kiosk-name-title">
      <h1 id="kiosk-name-title" tabIndex={-1}>
        {t.value('kiosk.name.title')}
      </h1>
      <div class="kiosk-search">
        <label for={inputId}>{t.value('kiosk.name.label')}</label>
        <p id={`${inputId}-hint`} class="kiosk-hint">
          {t.value('kiosk.name.hint')}
        </p>
        <input
          id={inputId}
          type="search"
          data-autofocus
          value={query}
          autoComplete="off"
          autoCapitalize="words"
          spellcheck={false}
          enterKeyHint="search"
          aria-describedby={`${inputId}-hint`}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <p class="visually-hidden" role="status">
        {searchable && matches.length > 0
          ? matches.length === 1
            ? t.value('kiosk.name.one')
            : t.value('kiosk.name.count', { count: matches.length })
          : ''}
      </p>
      {matches.length > 0 && (
        <ul class="kiosk-names" aria-label={t.value('kiosk.name.results')}>
          {matches.map((match) => (
            <li key={match.entry.participantId}>
              <button type="button" class="kiosk-name" onClick={() => onPick(match)}>
                {match.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {searchable && matches.length === 0 && (
        <div class="kiosk-notice" role="status">
          <p class="kiosk-notice__title">{t.value('kiosk.name.none')}</p>
          <p>{t.value('kiosk.name.noneLead')}</p>
          <VisitorButton />
        </div>
      )}
      <div class="kiosk-actions">
        <BackButton onClick={() => goTo({ step: 'welcome' })} />
      </div>
    </section>
  );
}
