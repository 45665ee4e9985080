/**
 * Reading text aloud with the device's own voices (the Web Speech API), and which voices it has.
 * A device without speechSynthesis, or without a voice for a language, simply has none to offer.
 */
import { computed, signal } from '@preact/signals';
import { currentLanguage, languageOf } from '../i18n/index.js';

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

/** "es_MX" and "ES-mx" are "es-mx": tags compared case-insensitively, `_` read as `-`. */
function normalTag(tag: string): string {
  return tag.toLowerCase().replaceAll('_', '-');
}

/** "es-US", "es_MX" and "ES" all speak "es". */
function primaryLanguage(tag: string): string {
  return normalTag(tag).split('-')[0] ?? '';
}

/** Among equally good voices: the device's default, then one that works offline, then the first. */
function bestOf(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  return voices.find((voice) => voice.default) ?? voices.find((voice) => voice.localService) ?? voices[0];
}

/**
 * The voice to read an app language with: down its `voices` list (best first), a voice with that
 * exact tag; failing all of them, down the list again, one of the same primary language ("es-ES"
 * for "es-US"). A language the app does not know is looked for by its own code. None: null.
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const wanted = languageOf(language)?.voices ?? [language];
  for (const tag of wanted) {
    const exact = bestOf(voices.filter((voice) => normalTag(voice.lang) === normalTag(tag)));
    if (exact) return exact;
  }
  for (const tag of wanted) {
    const related = bestOf(voices.filter((voice) => primaryLanguage(voice.lang) === primaryLanguage(tag)));
    if (related) return related;
  }
  return null;
}

/**
 * The voice for the language on screen, or null: then the kiosk offers no Read aloud (Thai read by
 * an English voice is noise). It follows both the language and the voices as they arrive.
 */
export const currentVoice = computed(() => voiceFor(deviceVoices.value, currentLanguage.value));

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
