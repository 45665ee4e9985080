/** Which of the device's voices reads a language, and when there is none (the button then hides). */
import { describe, expect, it } from 'vitest';
import { voiceFor } from '../../../src/ui/speech.js';

const voice = (name: string, lang: string, extra: { default?: boolean; localService?: boolean } = {}) =>
  ({ name, lang, voiceURI: name, default: false, localService: false, ...extra }) as SpeechSynthesisVoice;

describe('voiceFor', () => {
  const voices = [
    voice('Samantha', 'en-US', { default: true }),
    voice('Paulina (network)', 'es-MX'),
    voice('Mónica', 'es_ES', { localService: true }),
  ];

  it('finds a voice for the language whatever the region or separator, preferring one on the device', () => {
    expect(voiceFor(voices, 'es')?.name).toBe('Mónica');
    expect(voiceFor(voices, 'en')?.name).toBe('Samantha');
    expect(voiceFor([voice('Jorge', 'ES-us')], 'es')?.name).toBe('Jorge');
  });

  it('prefers the device’s default voice for the language', () => {
    expect(voiceFor([...voices, voice('Juan', 'es-US', { default: true })], 'es')?.name).toBe('Juan');
  });

  it('has none for a language the device cannot speak, or before any voice has loaded', () => {
    expect(voiceFor([voice('Samantha', 'en-US')], 'es')).toBeNull();
    expect(voiceFor([], 'en')).toBeNull();
  });
});
