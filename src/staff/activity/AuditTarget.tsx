/**
 * The "about" cell of an activity entry. A participant appears in the log by id only (the log
 * holds no personal data); this device's own records supply the name, linking to the profile.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../core/auth/api.js';
import { currentParticipant } from '../../core/fold/selectors.js';
import type { ParticipantView } from '../../core/fold/views.js';
import { appOpStore } from '../../sync/app-sync.js';

export function AuditTarget({ entry }: { entry: Pick<AuditEntry, 'action' | 'target'> }) {
  const participantId = entry.action.startsWith('participant.') ? entry.target : null;
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!participantId) return;
    let current = true;
    void appOpStore()
      .then((store) => store.view(`participant:${participantId}`))
      .then((view) => {
        const participant = view ? currentParticipant(view as ParticipantView) : null;
        if (current && participant) {
          const initial = participant.lastName ? ` ${Array.from(participant.lastName)[0]?.toUpperCase()}.` : '';
          setName(`${participant.preferredName}${initial}`);
        }
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [participantId]);
  if (!participantId) return <>{entry.target ?? '—'}</>;
  return <a href={`/staff/participants/${participantId}`}>{name ?? participantId}</a>;
}
