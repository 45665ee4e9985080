/**
 * Device names for the stock history. The server knows them, so they are fetched when online and
 * kept for the page; offline, a device is shown by the start of its id.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { listDevices } from '../../sync/devices-api.js';

const deviceNames = signal<ReadonlyMap<string, string>>(new Map());

/** Asks the server for the device list when a screen that shows devices opens. */
export function useDeviceNames(): ReadonlyMap<string, string> {
  useEffect(() => {
    void listDevices().then((result) => {
      if (result.ok) deviceNames.value = new Map(result.value.devices.map((device) => [device.id, device.name]));
    });
  }, []);
  return deviceNames.value;
}

/** A short, still distinguishable form of a device id (ids are 8+ characters). */
export function shortDeviceId(deviceId: string): string {
  return deviceId.slice(0, 6);
}
