import { describe, expect, it, vi } from 'vitest';
import { CAMERA_KEY, type CameraStorage, cameraPreference } from '../../../src/kiosk/scanner/camera-preference.js';
import {
  type CameraScanOptions,
  chooseScannerKind,
  type RunningScanner,
  ScannerError,
  type ScannerKind,
  scannerProblemOf,
  startQrScanner,
} from '../../../src/kiosk/scanner/qr-scanner.js';

const host = {} as HTMLElement;

function storageWith(deviceId?: string): CameraStorage & { items: Map<string, string> } {
  const items = new Map(deviceId ? [[CAMERA_KEY, deviceId]] : []);
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A fake implementation: `outcome(video)` says what starting with those constraints does. */
function fakeStarter(outcome: (video: MediaTrackConstraints) => unknown) {
  const calls: CameraScanOptions[] = [];
  const stop = vi.fn(async () => undefined);
  const start = async (options: CameraScanOptions): Promise<RunningScanner> => {
    calls.push(options);
    const error = outcome(options.video);
    if (error !== undefined) throw error;
    return { stop };
  };
  return { start, calls, stop };
}

function deps(options: {
  kind?: ScannerKind;
  hasCamera?: boolean;
  storage?: CameraStorage;
  outcome?: (video: MediaTrackConstraints) => unknown;
}) {
  const native = fakeStarter(options.outcome ?? (() => undefined));
  const jsqr = fakeStarter(options.outcome ?? (() => undefined));
  return {
    native,
    jsqr,
    deps: {
      hasCamera: () => options.hasCamera ?? true,
      chooseKind: async () => options.kind ?? 'jsqr',
      starters: { barcodeDetector: native.start, jsqr: jsqr.start },
      preference: cameraPreference(options.storage ?? storageWith()),
    },
  };
}

async function problemOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ScannerError);
  return (error as ScannerError).problem;
}

const named = (name: string) => Object.assign(new Error(''), { name });

describe('choosing the decoder', () => {
  const detector = (formats: string[] | Error) => ({
    BarcodeDetector: {
      getSupportedFormats: async () => {
        if (formats instanceof Error) throw formats;
        return formats;
      },
    },
  });

  it('uses jsQR where the browser has no BarcodeDetector (Chromium on Linux)', async () => {
    expect(await chooseScannerKind({})).toBe('jsqr');
  });

  it('uses the native BarcodeDetector when it reads QR codes', async () => {
    expect(await chooseScannerKind(detector(['ean_13', 'qr_code']))).toBe('barcodeDetector');
  });

  it('uses jsQR when the native detector cannot read QR codes, or will not say', async () => {
    expect(await chooseScannerKind(detector(['ean_13', 'code_128']))).toBe('jsqr');
    expect(await chooseScannerKind(detector(new Error('NotSupportedError')))).toBe('jsqr');
  });

  it('starts the chosen implementation only', async () => {
    const native = deps({ kind: 'barcodeDetector' });
    await startQrScanner({ host, videoLabel: 'Camera', onCode: () => {} }, native.deps);
    expect(native.native.calls).toHaveLength(1);
    expect(native.jsqr.calls).toHaveLength(0);

    const javascript = deps({ kind: 'jsqr' });
    await startQrScanner({ host, videoLabel: 'Camera', onCode: () => {} }, javascript.deps);
    expect(javascript.jsqr.calls).toHaveLength(1);
    expect(javascript.native.calls).toHaveLength(0);
  });
});

describe('what a failed start means for the person at the kiosk', () => {
  it.each([
    [new DOMException('Permission denied', 'NotAllowedError'), 'denied'],
    [named('PermissionDeniedError'), 'denied'],
    [new DOMException('Insecure', 'SecurityError'), 'denied'],
    [new DOMException('Requested device not found', 'NotFoundError'), 'noCamera'],
    [named('DevicesNotFoundError'), 'noCamera'],
    [{ name: 'OverconstrainedError', constraint: 'deviceId', message: '' }, 'noCamera'],
    [new DOMException('Could not start video source', 'NotReadableError'), 'failed'],
    [new TypeError('undefined is not a function'), 'failed'],
    [undefined, 'failed'],
    [new ScannerError('denied'), 'denied'],
  ])('%s → %s', (error, problem) => {
    expect(scannerProblemOf(error)).toBe(problem);
  });

  it('says "no camera" without trying when the page cannot reach cameras (plain HTTP)', async () => {
    const setup = deps({ hasCamera: false });
    expect(await problemOf(startQrScanner({ host, videoLabel: 'Camera', onCode: () => {} }, setup.deps))).toBe(
      'noCamera',
    );
    expect(setup.jsqr.calls).toHaveLength(0);
  });

  it('does not ask again for a camera it was denied', async () => {
    const setup = deps({ storage: storageWith('cam-1'), outcome: () => new DOMException('', 'NotAllowedError') });
    expect(await problemOf(startQrScanner({ host, videoLabel: 'Camera', onCode: () => {} }, setup.deps))).toBe(
      'denied',
    );
    expect(setup.jsqr.calls).toHaveLength(1);
  });

  it('reports a busy camera as failed, keeping the browser error as the cause', async () => {
    const busy = new DOMException('Could not start video source', 'NotReadableError');
    const setup = deps({ outcome: () => busy });
    const error = await startQrScanner({ host, videoLabel: 'Camera', onCode: () => {} }, setup.deps).catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ScannerError);
    expect((error as ScannerError).problem).toBe('failed');
    expect((error as ScannerError).cause).toBe(busy);
  });

  it('says "no camera" when no camera starts', async () => {
    const setup = deps({ storage: storageWith('cam-1'), outcome: () => new DOMException('', 'NotFoundError') });
    expect(await problemOf(startQrScanner({ host, videoLabel: 'Camera', onCode: () => {} }, setup.deps))).toBe(
      'noCamera',
    );
    expect(setup.jsqr.calls.map((call) => call.video)).toEqual([
      { deviceId: { exact: 'cam-1' } },
      { facingMode: { ideal: 'user' } },
    ]);
  });
});

describe('the camera that worked', () => {
  it('falls back to a back camera and forgets a remembered camera that is gone', async () => {
    const storage = storageWith('unplugged');
    const setup = deps({
      storage,
      outcome: (video) => ('deviceId' in video ? { name: 'OverconstrainedError', constraint: 'deviceId' } : undefined),
    });
    await startQrScanner({ host, videoLabel: 'Camera', onCode: () => {} }, setup.deps);
    expect(setup.jsqr.calls).toHaveLength(2);
    expect(setup.jsqr.calls[1]?.video).toEqual({ facingMode: { ideal: 'user' } });
    expect(storage.items.has(CAMERA_KEY)).toBe(false);
  });

  it('passes on the decoded text once and remembers the camera that read it', async () => {
    const storage = storageWith();
    const setup = deps({ storage });
    const onCode = vi.fn();
    await startQrScanner({ host, videoLabel: 'Camera', onCode }, setup.deps);
    const started = setup.jsqr.calls[0];
    started?.onCode('LEAD1-ABCD', 'cam-7');
    started?.onCode('LEAD1-ABCD', 'cam-7');
    expect(onCode).toHaveBeenCalledTimes(1);
    expect(onCode).toHaveBeenCalledWith('LEAD1-ABCD');
    expect(storage.items.get(CAMERA_KEY)).toBe('cam-7');
  });

  it('stops the camera it started', async () => {
    const setup = deps({});
    const scanner = await startQrScanner({ host, videoLabel: 'Camera', onCode: () => {} }, setup.deps);
    await scanner.stop();
    expect(setup.jsqr.stop).toHaveBeenCalledTimes(1);
  });
});
