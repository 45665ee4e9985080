/**
 * The native path: our own camera stream, <video> and detect loop with the browser's
 * BarcodeDetector (Android, ChromeOS, macOS). Nothing to download.
 */
import type { CameraScanOptions, RunningScanner } from './qr-scanner.js';

/** ~25 reads a second: a card is read as soon as it is still, and a cheap tablet stays cool. */
const FRAME_GAP_MS = 40;

// Not in TypeScript's DOM types yet: https://wicg.github.io/shape-detection-api/#barcode-detection-api
interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorInstance;

/** Starts the camera and reads QR codes with `BarcodeDetector`; only call where it exists. */
export async function startBarcodeDetectorScanner(options: CameraScanOptions): Promise<RunningScanner> {
  const Detector = (globalThis as unknown as { BarcodeDetector: BarcodeDetectorClass }).BarcodeDetector;
  const detector = new Detector({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    // More pixels than html5-qrcode gets: the native detector is fast, and a small card reads sooner.
    video: { width: { ideal: 1280 }, height: { ideal: 720 }, ...options.video },
  });
  const video = createVideo(options.videoLabel);
  video.srcObject = stream;
  options.host.append(video);

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
    video.remove();
  };

  try {
    await video.play();
  } catch (error) {
    await stop();
    throw error;
  }
  const deviceId = stream.getVideoTracks()[0]?.getSettings().deviceId;

  const scan = async () => {
    if (stopped) return;
    try {
      const text = (await detector.detect(video)).find((code) => code.rawValue)?.rawValue;
      if (text && !stopped) {
        await stop();
        options.onCode(text, deviceId);
        return;
      }
    } catch {
      // A frame the detector could not take (e.g. between frames): the next one will do.
    }
    if (!stopped) timer = setTimeout(scan, FRAME_GAP_MS);
  };
  void scan();
  return { stop };
}

function createVideo(label: string): HTMLVideoElement {
  const video = document.createElement('video');
  // iOS Safari shows a muted, inline video without a tap; otherwise it would go full screen.
  video.muted = true;
  video.playsInline = true;
  video.setAttribute('muted', '');
  video.setAttribute('playsinline', '');
  video.setAttribute('aria-label', label);
  return video;
}
