/**
 * The native path: the browser's BarcodeDetector (Android, ChromeOS, macOS) reads each frame of
 * our camera loop, the whole picture. Nothing to download.
 */
import { startCameraLoop } from './camera-loop.js';
import type { CameraScanOptions, RunningScanner } from './qr-scanner.js';

// Not in TypeScript's DOM types yet: https://wicg.github.io/shape-detection-api/#barcode-detection-api
interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorInstance;

/** Starts the camera and reads QR codes with `BarcodeDetector`; only call where it exists. */
export function startBarcodeDetectorScanner(options: CameraScanOptions): Promise<RunningScanner> {
  const Detector = (globalThis as unknown as { BarcodeDetector: BarcodeDetectorClass }).BarcodeDetector;
  const detector = new Detector({ formats: ['qr_code'] });
  return startCameraLoop(
    options,
    async (video) => (await detector.detect(video)).find((code) => code.rawValue)?.rawValue ?? null,
    // More pixels than the JavaScript decoder gets: the native detector is fast, and a small card reads sooner.
    { width: { ideal: 1280 }, height: { ideal: 720 } },
  );
}
