import { describe, expect, it } from 'vitest';
import { CAMERA_KEY, type CameraStorage, cameraPreference } from '../../../src/kiosk/scanner/camera-preference.js';

function memoryStorage(initial: Record<string, string> = {}): CameraStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const throwing: CameraStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

const facingCamera = { facingMode: { ideal: 'user' } };

describe('which camera the kiosk asks for', () => {
  it('asks for a back camera (or any camera) when none is remembered', () => {
    expect(cameraPreference(memoryStorage()).choices()).toEqual([facingCamera]);
  });

  it('asks for the camera that read a card first, then a back camera', () => {
    const storage = memoryStorage();
    cameraPreference(storage).remember('cam-1');
    expect(storage.items.get(CAMERA_KEY)).toBe('cam-1');
    expect(cameraPreference(storage).choices()).toEqual([{ deviceId: { exact: 'cam-1' } }, facingCamera]);
  });

  it('stops asking for a camera it was told is gone', () => {
    const storage = memoryStorage({ [CAMERA_KEY]: 'cam-1' });
    const preference = cameraPreference(storage);
    preference.forget();
    expect(preference.choices()).toEqual([facingCamera]);
    expect(storage.items.has(CAMERA_KEY)).toBe(false);
  });

  it('ignores an empty device id (browsers hide ids before permission)', () => {
    const storage = memoryStorage();
    cameraPreference(storage).remember('');
    expect(storage.items.size).toBe(0);
  });

  it('still starts a camera when storage is missing or throws', () => {
    for (const storage of [undefined, throwing]) {
      const preference = cameraPreference(storage);
      expect(() => preference.remember('cam-1')).not.toThrow();
      expect(() => preference.forget()).not.toThrow();
      expect(preference.choices()).toEqual([facingCamera]);
    }
  });
});
