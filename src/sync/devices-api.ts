/** Pairing devices, this device's own record, and the device list for staff. */
import { Device, DeviceList, type DeviceRole, PairingCode, PairResponse } from '../core/auth/api.js';
import { apiRequest } from './http.js';

/** Exchanges a pairing code (any spelling the person typed) for this device's identity and token. */
export const pairDevice = (code: string) =>
  apiRequest('POST', '/api/devices/pair', { body: { code }, schema: PairResponse });

/** The calling device; 401 `device_revoked` once it has been revoked. */
export const getThisDevice = () => apiRequest('GET', '/api/devices/me', { schema: Device });

export const listDevices = () => apiRequest('GET', '/api/devices', { schema: DeviceList });

/** A single-use code, valid 10 minutes, that pairs a device with this name and role at `site` (the first site when left out). */
export const createPairingCode = (name: string, role: DeviceRole, site?: string) =>
  apiRequest('POST', '/api/devices/pairings', {
    body: site === undefined ? { name, role } : { name, role, site },
    schema: PairingCode,
  });

export const revokeDevice = (id: string) =>
  apiRequest('POST', `/api/devices/${encodeURIComponent(id)}/revoke`, { schema: Device });
