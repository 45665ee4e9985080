/**
 * Pairing this browser with a code, loading its identity at start, and asking the server
 * whether it still stands (a revoked device hears 401 `device_revoked`; see http.ts).
 */
import { formatPairingCode, normalisePairingCode } from '../core/auth/pairing-code.js';
import { type DeviceIdentity, identityFromPairing, saveDeviceIdentity } from '../store/device-identity.js';
import { thisDevice } from './device-state.js';
import { getThisDevice, pairDevice } from './devices-api.js';
import type { ApiResult } from './http.js';

export { loadThisDevice } from './this-device.js';

/** Pairs this browser with a code as typed (case, spaces and dashes do not matter). */
export async function pairThisDevice(typed: string): Promise<ApiResult<DeviceIdentity>> {
  const code = normalisePairingCode(typed);
  if (!code) {
    return {
      ok: false,
      status: 400,
      error: 'pairing_code_format',
      message: 'A pairing code has 8 letters and digits.',
    };
  }
  const paired = await pairDevice(formatPairingCode(code));
  if (!paired.ok) return paired;
  const identity = identityFromPairing(paired.value);
  try {
    await saveDeviceIdentity(identity);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, status: 0, error: 'storage_failed', message };
  }
  thisDevice.value = identity;
  void askForPersistentStorage();
  return { ok: true, value: identity };
}

/**
 * Asks the server about this device; a revoke shows up in `thisDevice` (offline changes nothing).
 * Its ticket letter and site are kept as the server has them: identities stored before letters or
 * sites learn theirs here (saving a new site also drops the sync cursor: see saveDeviceIdentity).
 */
export async function checkThisDevice(): Promise<void> {
  const identity = thisDevice.value;
  if (!identity || identity.revoked) return;
  const answer = await getThisDevice();
  if (!answer.ok || thisDevice.value !== identity) return;
  const letter = answer.value.ticketLetter || identity.ticketLetter;
  const { site } = answer.value;
  if (letter === identity.ticketLetter && site === identity.site) return;
  const updated = { ...identity, ticketLetter: letter, site };
  await saveDeviceIdentity(updated).catch(() => undefined);
  thisDevice.value = updated;
}

/** Asks the browser not to evict our data under storage pressure. Refusal is fine. */
async function askForPersistentStorage(): Promise<void> {
  try {
    if (typeof navigator !== 'undefined' && navigator.storage?.persist) await navigator.storage.persist();
  } catch {
    // Not granted or not supported: the data is still stored, just evictable.
  }
}
