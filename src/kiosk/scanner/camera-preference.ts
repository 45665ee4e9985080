/**
 * Which camera to ask for. A tablet may have several; the one that last read a card is asked for
 * first, so the kiosk does not wander between cameras from one visit to the next.
 */

/** localStorage key holding the deviceId of the camera that last read a card on this tablet. */
export const CAMERA_KEY = 'lead.kiosk.camera';

/**
 * The camera on the screen's side: a person faces the lobby tablet and holds the card up to it
 * while watching the frame. `ideal`, not `exact`: a tablet without one gets whichever it has.
 */
const FACING_CAMERA: MediaTrackConstraints = { facingMode: { ideal: 'user' } };

export type CameraStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface CameraPreference {
  /** Video constraints to try in order until one starts. */
  choices(): MediaTrackConstraints[];
  /** This camera read a card: ask for it first next time. */
  remember(deviceId: string): void;
  /** The remembered camera is gone (unplugged, or the browser reset its ids). */
  forget(): void;
}

/** A preference kept in `storage`; with no storage (or storage that throws) nothing is remembered. */
export function cameraPreference(storage: CameraStorage | undefined): CameraPreference {
  // Private mode and full disks throw from localStorage; the camera must still start.
  const attempt = <T>(action: () => T, fallback: T): T => {
    try {
      return storage ? action() : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    choices() {
      const remembered = attempt(() => storage?.getItem(CAMERA_KEY) ?? null, null);
      return remembered ? [{ deviceId: { exact: remembered } }, FACING_CAMERA] : [FACING_CAMERA];
    },
    remember(deviceId) {
      if (deviceId) attempt(() => storage?.setItem(CAMERA_KEY, deviceId), undefined);
    },
    forget() {
      attempt(() => storage?.removeItem(CAMERA_KEY), undefined);
    },
  };
}

/** The page's localStorage, or undefined where reading it throws (sandboxed frames). */
export function browserCameraStorage(): CameraStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
