/**
 * The camera part every decoder shares: our own stream and <video>, and a loop that hands the
 * video to a reader about 25 times a second until it reads a code or the scanner is stopped.
 */
import type { CameraScanOptions, RunningScanner } from './qr-scanner.js';

/** ~25 reads a second: a card is read as soon as it is still, and a cheap tablet stays cool. */
const FRAME_GAP_MS = 40;

/** Reads the picture the video shows now: the QR code's text, or null when there is none. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | null> | string | null;

/** Starts the camera with `video` constraints over `options.video`, and reads each frame with `read`. */
export async function startCameraLoop(
  options: CameraScanOptions,
  read: FrameReader,
  video: MediaTrackConstraints = {},
): Promise<RunningScanner> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: { ...video, ...options.video } });
  const element = createVideo(options.videoLabel);
  element.srcObject = stream;
  options.host.append(element);

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    element.srcObject = null;
    element.remove();
  };

  try {
    await element.play();
  } catch (error) {
    await stop();
    throw error;
  }
  const deviceId = stream.getVideoTracks()[0]?.getSettings().deviceId;

  const scan = async () => {
    if (stopped) return;
    try {
      // Until the first frame arrives the video has no size and nothing to read.
      const text = element.readyState >= element.HAVE_CURRENT_DATA ? await read(element) : null;
      if (text && !stopped) {
        await stop();
        options.onCode(text, deviceId);
        return;
      }
    } catch {
      // A frame the reader could not take (e.g. between frames): the next one will do.
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
