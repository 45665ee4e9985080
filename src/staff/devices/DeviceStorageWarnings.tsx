/**
 * On Today: each device whose own storage is full, as it said with its last sync. A kiosk in the
 * lobby has no staff beside it, so this is where they learn that it cannot save check-ins.
 * Read from the server each time this device syncs; says nothing while it cannot be reached.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Device } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { listDevices } from '../../sync/devices-api.js';
import { dataVersion } from '../../sync/status.js';
import { formatDateTime } from '../../ui/format.js';
import { WarningIcon } from '../../ui/icons.js';

export function DeviceStorageWarnings() {
  const full = useDevicesWithFullStorage();
  if (full.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="device-storage-title">
      <h2 id="device-storage-title">{t.value('devices.storageWarning.title')}</h2>
      <ul class="today-alerts">
        {full.map((device) => (
          <li key={device.id} class="device-storage-full">
            <WarningIcon />
            <span>
              {t.value('devices.storageWarning.line', {
                name: device.name,
                time: formatDateTime(device.storageFullSince),
              })}{' '}
              <a href="/staff/devices">{t.value('devices.storageWarning.link')}</a>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function useDevicesWithFullStorage(): Device[] {
  const [full, setFull] = useState<Device[]>([]);
  const version = dataVersion.value;
  useEffect(() => {
    let current = true;
    void listDevices().then((result) => {
      if (current && result.ok) {
        setFull(result.value.devices.filter((device) => device.storageFullSince && !device.revokedAt));
      }
    });
    return () => {
      current = false;
    };
  }, [version]);
  return full;
}
