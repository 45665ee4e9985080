/**
 * The fallback path: html5-qrcode (zxing in JavaScript), imported only when this runs so it
 * stays in its own chunk. Html5Qrcode puts its own <video> into the host element.
 */
import type { CameraScanOptions, RunningScanner } from './qr-scanner.js';

/** 25 decodes a second; at 10 the first read of a held card comes noticeably later. */
const FPS = 25;
/** The decoder's square as a share of the smaller side (the frame drawn in ScanScreen.tsx matches it). */
const QRBOX_SHARE = 0.85;

let hostCount = 0;

/** Starts the camera and reads QR codes with html5-qrcode. */
export async function startHtml5QrcodeScanner(options: CameraScanOptions): Promise<RunningScanner> {
  const { Html5Qrcode, Html5QrcodeScannerState, Html5QrcodeSupportedFormats } = await import('html5-qrcode');
  const { host } = options;
  // Html5Qrcode finds its element by id.
  if (!host.id) host.id = `qr-camera-${++hostCount}`;
  const scanner = new Html5Qrcode(host.id, {
    verbose: false,
    // QR only: a sixth of the per-frame work of trying all 16 formats.
    formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
    experimentalFeatures: { useBarCodeDetectorIfSupported: true },
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const state = scanner.getState();
      // Html5Qrcode.stop() throws unless it is running, e.g. after a failed start.
      if (state === Html5QrcodeScannerState.SCANNING || state === Html5QrcodeScannerState.PAUSED) {
        await scanner.stop();
      }
      scanner.clear();
    })();
    return stopping;
  };

  let deviceId: string | undefined;
  let delivered = false;
  const onSuccess = (text: string) => {
    if (delivered) return;
    delivered = true;
    stop().catch(() => undefined);
    options.onCode(text, deviceId);
  };

  try {
    await scanner.start(
      // Required, but unused: `videoConstraints` below take precedence.
      { facingMode: 'user' },
      {
        fps: FPS,
        qrbox: (width, height) => {
          // Html5Qrcode refuses a square under 50 px and then never scans.
          const side = Math.max(50, Math.floor(Math.min(width, height) * QRBOX_SHARE));
          return { width: side, height: side };
        },
        videoConstraints: options.video,
      },
      onSuccess,
      undefined,
    );
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  deviceId = scanner.getRunningTrackSettings().deviceId;
  host.querySelector('video')?.setAttribute('aria-label', options.videoLabel);
  return { stop };
}
