/** Every paired device: name, kind, who paired it and when, last seen and synced, and status. */
import type { Device } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { thisDevice } from '../../sync/device-state.js';
import { DeviceRow } from './DeviceRow.js';

export function DeviceTable({ devices, onChanged }: { devices: Device[]; onChanged: (device: Device) => void }) {
  if (devices.length === 0) return <p>{t.value('devices.none')}</p>;
  const ownId = thisDevice.value?.id;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">{t.value('devices.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.value('devices.col.name')}</th>
            <th scope="col">{t.value('devices.col.kind')}</th>
            <th scope="col">{t.value('devices.col.pairedBy')}</th>
            <th scope="col">{t.value('devices.col.pairedAt')}</th>
            <th scope="col">{t.value('devices.col.lastSeen')}</th>
            <th scope="col">{t.value('devices.col.lastSync')}</th>
            <th scope="col">{t.value('devices.col.status')}</th>
            <th scope="col">
              <span class="visually-hidden">{t.value('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => (
            <DeviceRow key={device.id} device={device} isThisDevice={device.id === ownId} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
