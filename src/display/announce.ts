/**
 * Announces a newly called number: the chime, then "Number A 17…" spoken in the display's
 * language when the device has a voice for it (voices picked as the kiosk's read-aloud does), and
 * in English, with an English voice, when it has none: a Thai sentence read by an English voice
 * is noise, and the number is what people wait for.
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

/** What to say and with which voice: the display's language if the device speaks it, else English; null: neither. */
export function spokenCall(
  ticket: string,
  language: string,
  voices: readonly SpeechSynthesisVoice[],
): { text: string; voice: SpeechSynthesisVoice } | null {
  for (const code of language === 'en' ? ['en'] : [language, 'en']) {
    const voice = voiceFor(voices, code);
    if (voice) return { text: translate(code, 'display.spoken', { ticket: spokenTicket(ticket) }), voice };
  }
  return null;
}

/** Chimes, then reads the number aloud in the display's language, or in English without a voice for it. */
export function announceCall(ticket: string): void {
  playChime();
  const call = spokenCall(ticket, currentLanguage.peek(), deviceVoices.peek());
  if (!call) return;
  setTimeout(() => speak(call.text, call.voice), SPEAK_AFTER_CHIME_MS);
}
