/**
 * The camera QR scanner behind one small interface, so screens never see which decoder runs:
 * the browser's own BarcodeDetector where it reads QR codes, else jsQR (in its own chunk). Both
 * read the whole picture (docs/adr/0010). Another decoder can replace either without touching
 * the screens.
 */
import { startBarcodeDetectorScanner } from './barcode-detector-scanner.js';
import { browserCameraStorage, type CameraPreference, cameraPreference } from './camera-preference.js';
import { startJsqrScanner } from './jsqr-scanner.js';

/** Why the camera did not start, in the terms the screen shows. */
export type ScannerProblem = 'denied' | 'noCamera' | 'failed';

/** The only error `startQrScanner` throws; the browser's own error is its `cause`. */
export class ScannerError extends Error {
  readonly problem: ScannerProblem;
  constructor(problem: ScannerProblem, options?: ErrorOptions) {
    super(`The camera scanner did not start: ${problem}`, options);
    this.name = 'ScannerError';
    this.problem = problem;
  }
}

export interface RunningScanner {
  /** Turns the camera off. Safe to call more than once, and after a code was read. */
  stop(): Promise<void>;
}

export interface QrScannerOptions {
  /** An empty element, in the document, that the camera picture is put into. */
  host: HTMLElement;
  /** The accessible name of the video element. */
  videoLabel: string;
  /** Called once, with the raw decoded text; the camera is already being turned off. */
  onCode(text: string): void;
}

/** What each implementation is given: one camera to try. */
export interface CameraScanOptions {
  host: HTMLElement;
  videoLabel: string;
  video: MediaTrackConstraints;
  /** `deviceId` is the running camera's, when the browser says which it is. */
  onCode(text: string, deviceId: string | undefined): void;
}

/** Starts one implementation; rejects with whatever the browser or library threw. */
export type StartCamera = (options: CameraScanOptions) => Promise<RunningScanner>;

export type ScannerKind = 'barcodeDetector' | 'jsqr';

interface BarcodeDetectorStatics {
  getSupportedFormats(): Promise<readonly string[]>;
}

/** The native detector when this browser has one that reads QR codes (not Chromium on Linux). */
export async function chooseScannerKind(scope: object = globalThis): Promise<ScannerKind> {
  if (!('BarcodeDetector' in scope)) return 'jsqr';
  try {
    const formats = await (scope.BarcodeDetector as BarcodeDetectorStatics).getSupportedFormats();
    return formats.includes('qr_code') ? 'barcodeDetector' : 'jsqr';
  } catch {
    return 'jsqr';
  }
}

// Older Chromium names (PermissionDeniedError, DevicesNotFoundError, ConstraintNotSatisfiedError) too.
const DENIED = ['NotAllowedError', 'PermissionDeniedError', 'SecurityError'];
const NO_CAMERA = ['NotFoundError', 'DevicesNotFoundError', 'OverconstrainedError', 'ConstraintNotSatisfiedError'];

/** Sorts any start failure into what the screen can say. NotReadableError (camera busy) is 'failed'. */
export function scannerProblemOf(error: unknown): ScannerProblem {
  if (error instanceof ScannerError) return error.problem;
  const name = errorName(error);
  if (DENIED.includes(name)) return 'denied';
  if (NO_CAMERA.includes(name)) return 'noCamera';
  return 'failed';
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('name' in error)) return '';
  return typeof error.name === 'string' ? error.name : '';
}

/** Everything `startQrScanner` needs from the browser, so tests can pass fakes. */
export interface ScannerDeps {
  hasCamera(): boolean;
  chooseKind(): Promise<ScannerKind>;
  starters: Record<ScannerKind, StartCamera>;
  preference: CameraPreference;
}

export function browserScannerDeps(): ScannerDeps {
  return {
    hasCamera: () => typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function',
    chooseKind: () => chooseScannerKind(),
    starters: { barcodeDetector: startBarcodeDetectorScanner, jsqr: startJsqrScanner },
    preference: cameraPreference(browserCameraStorage()),
  };
}

/**
 * Turns the camera on in `options.host` and calls `onCode` once when a QR code is read.
 * Tries the remembered camera, then any back camera. Throws a ScannerError.
 */
export async function startQrScanner(
  options: QrScannerOptions,
  deps: ScannerDeps = browserScannerDeps(),
): Promise<RunningScanner> {
  if (!deps.hasCamera()) throw new ScannerError('noCamera');
  const start = deps.starters[await deps.chooseKind()];
  let delivered = false;
  const onCode = (text: string, deviceId: string | undefined) => {
    if (delivered) return;
    delivered = true;
    if (deviceId) deps.preference.remember(deviceId);
    options.onCode(text);
  };
  let lastError: unknown;
  for (const video of deps.preference.choices()) {
    try {
      return await start({ host: options.host, videoLabel: options.videoLabel, video, onCode });
    } catch (error) {
      const problem = scannerProblemOf(error);
      // Only a missing camera is worth another try; "denied" would be denied again.
      if (problem !== 'noCamera') throw new ScannerError(problem, { cause: error });
      if ('deviceId' in video) deps.preference.forget();
      lastError = error;
    }
  }
  throw new ScannerError('noCamera', { cause: lastError });
}
