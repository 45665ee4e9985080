/**
 * Participants: the list at /staff/participants, the enrol form at /staff/participants/new and a
 * profile at /staff/participants/<id>. Everything reads this device's views, so it works offline.
 */
import { t } from '../../i18n/index.js';
import { EnrollPage } from './EnrollPage.js';
import { ParticipantList } from './ParticipantList.js';
import { ProfilePage } from './ProfilePage.js';
import './participants.css';

/** What a path below /staff/participants shows (ids are 8+ characters, so never "new"). */
export function participantsRoute(
  path: string,
): { page: 'list' } | { page: 'enroll' } | { page: 'profile'; participantId: string } | { page: 'unknown' } {
  const rest = path
    .replace(/^\/staff\/participants/, '')
    .replace(/\/+$/, '')
    .replace(/^\//, '');
  if (rest === '') return { page: 'list' };
  if (rest === 'new') return { page: 'enroll' };
  if (/^[A-Za-z0-9_-]+$/.test(rest)) return { page: 'profile', participantId: rest };
  return { page: 'unknown' };
}

export function ParticipantsSection({ path }: { path: string }) {
  const route = participantsRoute(path);
  switch (route.page) {
    case 'list':
      return <ParticipantList />;
    case 'enroll':
      return <EnrollPage />;
    case 'profile':
      // Keyed by id: opening another profile starts fresh (and records its own view).
      return <ProfilePage key={route.participantId} participantId={route.participantId} />;
    case 'unknown':
      return (
        <>
          <h1>{t.value('participants.notFound.title')}</h1>
          <a href="/staff/participants">{t.value('participants.back')}</a>
        </>
      );
  }
}
