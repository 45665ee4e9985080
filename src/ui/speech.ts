/**
 * Reading text aloud with the device's own voices (the Web Speech API), and which voices it has.
 * A device without speechSynthesis, or without a voice for a language, simply has none to offer.
 */
import { signal } from '@preact/signals';

/** The device's voices as last reported (they often arrive a moment after the page loads). */
export const deviceVoices = signal<readonly SpeechSynthesisVoice[]>([]);

/** True from `speak` until the voice finishes, fails or is stopped. */
export const speaking = signal(false);

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && window.speechSynthesis
    ? window.speechSynthesis
    : null;
}

/** Keeps `deviceVoices` current; returns the function that stops listening. */
export function watchVoices(): () => void {
  const speech = synthesis();
  if (!speech) return () => undefined;
  const read = () => {
    deviceVoices.value = speech.getVoices();
  };
  read();
  speech.addEventListener('voiceschanged', read);
  return () => speech.removeEventListener('voiceschanged', read);
}

/** "es-US", "es_MX" and "ES" all speak "es". */
function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The voice to read `language` with: the device's default for it if it has one, then one on the device, then any. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const wanted = primaryLanguage(language);
  const matching = voices.filter((voice) => primaryLanguage(voice.lang) === wanted);
  return matching.find((voice) => voice.default) ?? matching.find((voice) => voice.localService) ?? matching[0] ?? null;
}

/** The utterance being read, so a cancelled one's late "error" event leaves `speaking` alone. */
let current: SpeechSynthesisUtterance | null = null;

/** Reads `text` with `voice`, stopping whatever was being read. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const speech = synthesis();
  if (!speech) return;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang;
  utterance.voice = voice;
  const finished = () => {
    if (current === utterance) speaking.value = false;
  };
  utterance.addEventListener('end', finished);
  utterance.addEventListener('error', finished);
  current = utterance;
  speaking.value = true;
  speech.speak(utterance);
}

/** Stops reading (at once, mid-word): the kiosk moved on, or the person tapped Stop. */
export function stopSpeaking(): void {
  current = null;
  speaking.value = false;
  synthesis()?.cancel();
}
