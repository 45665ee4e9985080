/**
 * This browser's identity read into `thisDevice` once per page, without the pairing and device
 * API code (or Zod): a kiosk's first screen waits for this and nothing more.
 */
import type { DeviceIdentity } from '../store/device-identity.js';
import { readDeviceIdentity } from '../store/device-identity-read.js';
import { thisDevice } from './device-state.js';

/** Reads the stored identity once per page into `thisDevice`. */
export async function loadThisDevice(): Promise<DeviceIdentity | null> {
  if (thisDevice.value !== undefined) return thisDevice.value;
  const identity = await readDeviceIdentity().catch(() => null);
  // Pairing may have finished while we read.
  if (thisDevice.value === undefined) thisDevice.value = identity;
  return thisDevice.value;
}
