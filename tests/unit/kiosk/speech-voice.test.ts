/**
 * Which of the device's voices reads a language, when there is none (Read aloud then hides), voices
 * that arrive late, and the lobby display's English fallback. `speechSynthesis` is a fake here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceCall, spokenCall } from '../../../src/display/announce.js';
import { loadMessages, setLanguage, translate } from '../../../src/i18n/index.js';
import { currentVoice, deviceVoices, speak, stopSpeaking, voiceFor, watchVoices } from '../../../src/ui/speech.js';

const voice = (name: string, lang: string, extra: { default?: boolean; localService?: boolean } = {}) =>
  ({ name, lang, voiceURI: name, default: false, localService: false, ...extra }) as SpeechSynthesisVoice;

/** A device's speech API: the voices it has so far, what it was asked to say, and `voiceschanged`. */
class FakeSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  readonly spoken: { text: string; lang: string; voice: string | undefined }[] = [];
  getVoices() {
    return this.voices;
  }
  speak(utterance: SpeechSynthesisUtterance) {
    this.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
  }
  cancel() {}
  /** More voices arrive, as they do a moment after the page loads on many devices. */
  arrive(...voices: SpeechSynthesisVoice[]) {
    this.voices = [...this.voices, ...voices];
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

class FakeUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  constructor(readonly text: string) {
    super();
  }
}

function installSpeech(...voices: SpeechSynthesisVoice[]): FakeSynthesis {
  const synthesis = new FakeSynthesis();
  synthesis.voices = voices;
  vi.stubGlobal('window', { speechSynthesis: synthesis });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synthesis;
}

let unwatch: () => void = () => undefined;

afterEach(async () => {
  unwatch();
  stopSpeaking();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  deviceVoices.value = [];
  await setLanguage('en');
});

describe('voiceFor', () => {
  it('takes a voice with the language’s exact tag, best first, whatever the case or separator', () => {
    const voices = [
      voice('Samantha', 'en-US', { default: true }),
      voice('Mónica', 'es_ES', { localService: true }),
      voice('Paulina', 'es-MX'),
      voice('Juan', 'ES_us'),
    ];
    expect(voiceFor(voices, 'es')?.name).toBe('Juan');
    expect(voiceFor(voices.slice(0, 3), 'es')?.name).toBe('Paulina');
    expect(voiceFor(voices, 'en')?.name).toBe('Samantha');
    expect(voiceFor([voice('Kanya', 'th_TH')], 'th')?.name).toBe('Kanya');
  });

  it('falls back to a voice of the same primary language when no tag matches exactly', () => {
    expect(voiceFor([voice('Daniel', 'en-GB'), voice('Mónica', 'es-ES')], 'es')?.name).toBe('Mónica');
    expect(voiceFor([voice('Yuna', 'ko-KP')], 'ko')?.name).toBe('Yuna');
    // Tagalog is looked for as Filipino first, then as Tagalog.
    expect(voiceFor([voice('Angelo', 'tl')], 'tl')?.name).toBe('Angelo');
    expect(voiceFor([voice('Blessica', 'fil-PH'), voice('Angelo', 'tl-PH')], 'tl')?.name).toBe('Blessica');
  });

  it('among equally good voices prefers the device’s default, then one that works offline', () => {
    const mexican = [voice('Paulina (network)', 'es-MX'), voice('Juan', 'es-MX', { localService: true })];
    expect(voiceFor(mexican, 'es')?.name).toBe('Juan');
    expect(voiceFor([...mexican, voice('Paloma', 'es-MX', { default: true })], 'es')?.name).toBe('Paloma');
  });

  it('reads Traditional Chinese with a Cantonese voice before a Mandarin one', () => {
    const mandarin = [voice('Tingting', 'zh-CN', { default: true }), voice('Meijia', 'zh-TW', { localService: true })];
    expect(voiceFor([...mandarin, voice('Sinji', 'zh-HK')], 'zh-Hant')?.name).toBe('Sinji');
    expect(voiceFor([...mandarin, voice('Cantonese', 'yue_HK')], 'zh-Hant')?.name).toBe('Cantonese');
    // Without Cantonese, Taiwan's Mandarin (Traditional characters), then any Chinese voice.
    expect(voiceFor(mandarin, 'zh-Hant')?.name).toBe('Meijia');
    expect(voiceFor([voice('Tingting', 'zh-CN')], 'zh-Hant')?.name).toBe('Tingting');
  });

  it('has none for a language the device cannot speak, or before any voice has loaded', () => {
    expect(voiceFor([voice('Samantha', 'en-US')], 'th')).toBeNull();
    expect(voiceFor([voice('Samantha', 'en-US')], 'hy')).toBeNull();
    expect(voiceFor([], 'en')).toBeNull();
  });
});

describe('the voice for the language on screen', () => {
  it('is none (Read aloud hides) in a language the device lacks, and returns with a language it has', async () => {
    installSpeech(voice('Samantha', 'en-US'), voice('Paulina', 'es-MX'));
    unwatch = watchVoices();
    expect(currentVoice.value?.name).toBe('Samantha');
    await loadMessages('th', ['shared']);
    await setLanguage('th');
    expect(currentVoice.value).toBeNull();
    await setLanguage('es');
    expect(currentVoice.value?.name).toBe('Paulina');
  });

  it('appears when the device’s voices arrive late, and follows each new one', async () => {
    const synthesis = installSpeech();
    unwatch = watchVoices();
    await setLanguage('th');
    expect(currentVoice.value).toBeNull();
    synthesis.arrive(voice('Samantha', 'en-US'));
    expect(currentVoice.value).toBeNull();
    synthesis.arrive(voice('Kanya', 'th-TH'));
    expect(currentVoice.value?.name).toBe('Kanya');
    // After `unwatch`, later arrivals are no longer followed.
    unwatch();
    synthesis.arrive(voice('Narisa', 'th-TH', { default: true }));
    expect(currentVoice.value?.name).toBe('Kanya');
  });

  it('reads with that voice and its language', () => {
    const synthesis = installSpeech(voice('Sinji', 'zh-HK'));
    const chosen = voiceFor(synthesis.getVoices(), 'zh-Hant');
    if (!chosen) throw new Error('expected a Cantonese voice');
    speak('歡迎', chosen);
    expect(synthesis.spoken).toEqual([{ text: '歡迎', lang: 'zh-HK', voice: 'Sinji' }]);
  });
});

describe('the lobby display’s spoken call', () => {
  it('is in the display’s language with its voice, or in English with an English voice without one', async () => {
    await loadMessages('th', ['display']);
    const english = voice('Samantha', 'en-US');
    const thai = voice('Kanya', 'th-TH');
    expect(spokenCall('A-17', 'th', [english, thai])).toEqual({
      text: translate('th', 'display.spoken', { ticket: 'A 17' }),
      voice: thai,
    });
    expect(spokenCall('A-17', 'th', [english])).toEqual({
      text: 'Number A 17, please come to the front desk.',
      voice: english,
    });
    expect(spokenCall('A-17', 'th', [voice('Mónica', 'es-ES')])).toBeNull();
  });

  it('says the number after the chime', async () => {
    vi.useFakeTimers();
    const synthesis = installSpeech(voice('Samantha', 'en-US'));
    unwatch = watchVoices();
    await setLanguage('es');
    announceCall('B-4');
    vi.runAllTimers();
    expect(synthesis.spoken).toEqual([
      { text: 'Number B 4, please come to the front desk.', lang: 'en-US', voice: 'Samantha' },
    ]);
  });
});
