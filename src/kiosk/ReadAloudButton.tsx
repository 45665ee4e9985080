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
import type { ReadAloudInput } from './read-aloud.js';
import { kioskSteps } from './steps.js';
import type { KioskData } from './useKioskData.js';
import './ReadAloudButton.css';

type Steps = typeof import('./KioskSteps.js');

/** What is on screen at this moment (the welcome step is the closed screen outside opening hours, as in KioskFlow). */
function screenNow(data: KioskData, language: string, nameResting: boolean): ReadAloudInput {
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
    nameResting,
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
      onClick={() => {
        if (reading) return stopSpeaking();
        // The words come with the check-in steps (loaded in idle once the welcome is up).
        const read = (steps: Steps) =>
          speak(steps.readAloudText(screenNow(data, language, steps.nameCheckInPaused()), t.value), voice);
        const steps = kioskSteps.current.peek();
        if (steps) read(steps);
        else void kioskSteps.load().then(read, () => undefined);
      }}
    >
      {reading ? <StopSpeakingIcon size={28} /> : <SpeakIcon size={28} />}
      {t.value(reading ? 'kiosk.readAloud.stop' : 'kiosk.readAloud')}
    </button>
  );
}
