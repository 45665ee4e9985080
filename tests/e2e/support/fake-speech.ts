/**
 * A stand-in for the browser's speech API (only that: the app's own code runs as it is). It
 * offers the voices a test asks for, records what `speak` was given and each `cancel`, and reads
 * nothing aloud. Headless Chromium has no voices of its own.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface SpeechLog {
  readonly spoken: readonly { readonly text: string; readonly lang: string; readonly voice: string | null }[];
  readonly cancels: number;
}

interface FakeSpeechOptions {
  /** BCP 47 tags of the voices the device has, e.g. ['en-US', 'es-MX']. */
  readonly voices: readonly string[];
  /** The voices arrive only when the test calls `addVoicesLater` (as on a device still loading them). */
  readonly later?: boolean;
  /** The browser has no speechSynthesis at all. */
  readonly none?: boolean;
}

declare global {
  interface Window {
    __fakeSpeech?: { log: SpeechLog; addVoices(tags: readonly string[]): void; finish(): void };
  }
}

export async function installFakeSpeech(context: BrowserContext, options: FakeSpeechOptions): Promise<void> {
  await context.addInitScript((options: FakeSpeechOptions) => {
    if (options.none) {
      // Deleting from the prototype is how a browser without the API looks: `'speechSynthesis' in window` is false.
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
      return;
    }
    const log = { spoken: [] as { text: string; lang: string; voice: string | null }[], cancels: 0 };
    const voiceOf = (lang: string) => ({
      name: `Test voice ${lang}`,
      lang,
      voiceURI: `test-${lang}`,
      default: false,
      localService: true,
    });
    let voices = options.later ? [] : options.voices.map(voiceOf);
    let last: EventTarget | null = null;
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }
    class FakeSynthesis extends EventTarget {
      speaking = false;
      pending = false;
      paused = false;
      getVoices() {
        return voices;
      }
      speak(utterance: FakeUtterance) {
        log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        last = utterance;
      }
      cancel() {
        log.cancels += 1;
      }
      pause() {}
      resume() {}
    }
    const synthesis = new FakeSynthesis();
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synthesis });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      writable: true,
      value: FakeUtterance,
    });
    window.__fakeSpeech = {
      log,
      addVoices(tags) {
        voices = [...voices, ...tags.map(voiceOf)];
        synthesis.dispatchEvent(new Event('voiceschanged'));
      },
      // The voice reaches the end of what it was reading.
      finish() {
        last?.dispatchEvent(new Event('end'));
      },
    };
  }, options);
}

/** What the page has asked the speech API to do so far. */
export function speechLog(page: Page): Promise<SpeechLog> {
  return page.evaluate(() => {
    const log = window.__fakeSpeech?.log ?? { spoken: [], cancels: 0 };
    return { spoken: [...log.spoken], cancels: log.cancels };
  });
}

/** The voices the test gave with `later: true` arrive now. */
export async function addVoicesLater(page: Page, tags: readonly string[]): Promise<void> {
  await page.evaluate((tags) => window.__fakeSpeech?.addVoices(tags), tags);
}

/** The voice finishes reading. */
export async function finishSpeaking(page: Page): Promise<void> {
  await page.evaluate(() => window.__fakeSpeech?.finish());
}
