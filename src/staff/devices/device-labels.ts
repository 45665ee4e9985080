/** Words for device kinds and states, shared by the pairing form and the device table. */
import type { DeviceRole } from '../../core/auth/api.js';
import type { MessageKey } from '../../i18n/index.js';

export const DEVICE_KIND: Record<DeviceRole, MessageKey> = {
  kiosk: 'devices.kind.kiosk',
  staff: 'devices.kind.staff',
  display: 'devices.kind.display',
};
