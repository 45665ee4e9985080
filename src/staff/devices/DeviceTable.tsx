/** Every paired device: name, kind, who paired it and when, last seen and synced, and status. */
import type { Device } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { thisDevice } from '../../sync/device-state.js';
import { DataTable } from '../../ui/DataTable.js';
import { DeviceRow } from './DeviceRow.js';

const COLUMNS = [
  'devices.col.name',
  'devices.col.kind',
  'devices.col.pairedBy',
  'devices.col.pairedAt',
  'devices.col.lastSeen',
  'devices.col.lastSync',
  'devices.col.status',
] as const;

export function DeviceTable({ devices, onChanged }: { devices: Device[]; onChanged: (device: Device) => void }) {
  if (devices.length === 0) return <p>{t.value('devices.none')}</p>;
  const ownId = thisDevice.value?.id;
  return (
    <DataTable caption="devices.listTitle" columns={COLUMNS}>
      {devices.map((device) => (
        <DeviceRow key={device.id} device={device} isThisDevice={device.id === ownId} onChanged={onChanged} />
      ))}
    </DataTable>
  );
}
