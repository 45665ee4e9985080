/**
 * The path where the browser has no QR BarcodeDetector (Chromium on Linux, Firefox, older
 * tablets): jsQR reads the whole camera picture, so a card reads wherever it is held and however
 * it is turned. jsQR is imported only when this runs, so it stays in its own chunk.
 */
import { startCameraLoop } from './camera-loop.js';
import { decodeSize, turnFor } from './decode-view.js';
import type { CameraScanOptions, RunningScanner } from './qr-scanner.js';

/** Starts the camera and reads QR codes with jsQR, one whole frame at a time. */
export async function startJsqrScanner(options: CameraScanOptions): Promise<RunningScanner> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  // Read back every frame: without this hint Chromium keeps the canvas on the GPU and each read stalls.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas to read the camera picture from');
  let attempt = 0;
  return startCameraLoop(options, (video) => {
    const { width, height } = decodeSize(video.videoWidth, video.videoHeight);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const turn = turnFor(attempt++);
    context.setTransform(1, 0, 0, 1, 0, 0);
    if (turn !== 0) {
      // Turned about the middle; the corners it uncovers are plain grey, not the last frame.
      context.fillStyle = '#808080';
      context.fillRect(0, 0, width, height);
      context.translate(width / 2, height / 2);
      context.rotate((turn * Math.PI) / 180);
      context.translate(-width / 2, -height / 2);
    }
    context.drawImage(video, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height).data;
    // Our cards are dark on light: skipping the light-on-dark pass halves the work per frame.
    return jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data || null;
  });
}
