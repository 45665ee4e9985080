/**
 * "Read aloud", in the kiosk's header on every screen: reads the screen in the current language
 * with the device's voice for it (`voiceFor`: the language's own voices, best first), and offers
 * "Stop" while it reads. Hidden while the device has no voice for the language: it appears when
 * one arrives (voices load late on many devices) or the language changes to one it can speak.
 */
import { useEffect } from 'preact/hooks';
import { openingState } from '../core/hours.js';
import { needTiles } from '../core/kiosk/needs.js';
import { currentLanguage, t } from '../i18n/index.js';
import { SpeakIcon, StopSpeakingIcon } from '../ui/action-icons.js';
import { formatOpening } from '../ui/format.js';
import { formatHours } from '../ui/opening-hours.js';
import { currentVoice, speak, speaking, stopSpeaking, watchVoices } from '../ui/speech.js';
import { kioskStep } from './flow.js';
import { nameCheckInPaused } from './name-check-in.js';
import { type ReadAloudInput, readAloudText } from './read-aloud.js';
import type { KioskData } from './useKioskData.js';
import './ReadAloudButton.css';

/** What is on screen at this moment (the welcome step is the closed screen outside opening hours, as in KioskFlow). */
function screenNow(data: KioskData, language: string): ReadAloudInput {
  const now = new Date();
  const opening = openingState(data.settings.hours, data.settings.openOverride, now);
  return {
    step: kioskStep.peek(),
    language,
    tiles: needTiles(data.items, data.onHand),
    closed: opening.open
      ? null
      : {
          when: opening.nextOpening ? formatOpening(opening.nextOpening, language) : null,
          hours: formatHours(data.settings.hours, language),
          address: data.site?.address || null,
          phone: data.site?.phone || null,
        },
    nameResting: nameCheckInPaused(),
  };
}

export function ReadAloudButton({ data }: { data: KioskData }) {
  const language = currentLanguage.value;
  const step = kioskStep.value;
  useEffect(() => watchVoices(), []);
  // What was being read belongs to the screen (and language) it was read on: a new step, a reset
  // to welcome or another language stops it, and so does leaving the kiosk.
  useEffect(() => stopSpeaking, [step, language]);
  const voice = currentVoice.value;
  if (!voice) return null;
  const reading = speaking.value;
  return (
    <button
      type="button"
      class="read-aloud"
      onClick={() => (reading ? stopSpeaking() : speak(readAloudText(screenNow(data, language), t.value), voice))}
    >
      {reading ? <StopSpeakingIcon size={28} /> : <SpeakIcon size={28} />}
      {t.value(reading ? 'kiosk.readAloud.stop' : 'kiosk.readAloud')}
    </button>
  );
}
