/**
 * Announces a newly called number: the chime, then "Number A 17…" spoken in the display's
 * language when the device has a voice for it (voices picked as the kiosk's read-aloud does).
 */
import { currentLanguage, translate } from '../i18n/index.js';
import { deviceVoices, speak, voiceFor } from '../ui/speech.js';
import { playChime } from './chime.js';

/** The voice starts once the chime's two notes have rung. */
const SPEAK_AFTER_CHIME_MS = 800;

/** "A-17" read as a letter and a number ("A 17"), not "A minus 17". */
export function spokenTicket(ticket: string): string {
  return ticket.replace('-', ' ');
}

/** Chimes, then reads the number aloud if a voice for the current language exists. */
export function announceCall(ticket: string): void {
  playChime();
  const language = currentLanguage.peek();
  const voice = voiceFor(deviceVoices.peek(), language);
  if (!voice) return;
  const text = translate(language, 'display.spoken', { ticket: spokenTicket(ticket) });
  setTimeout(() => speak(text, voice), SPEAK_AFTER_CHIME_MS);
}
