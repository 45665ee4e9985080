/**
 * Every paired device: name, kind, site (when the program has more than one), who paired it and
 * when, last seen and synced, and status.
 */
import type { Device } from '../../core/auth/api.js';
import type { Site } from '../../core/sites/sites.js';
import { t } from '../../i18n/index.js';
import { thisDevice } from '../../sync/device-state.js';
import { DataTable } from '../../ui/DataTable.js';
import { siteNameOf } from '../sites/site-names.js';
import { DeviceRow } from './DeviceRow.js';

const COLUMNS = [
  'devices.col.name',
  'devices.col.kind',
  'devices.col.site',
  'devices.col.pairedBy',
  'devices.col.pairedAt',
  'devices.col.lastSeen',
  'devices.col.lastSync',
  'devices.col.status',
] as const;

export function DeviceTable({
  devices,
  sites,
  onChanged,
}: {
  devices: Device[];
  sites: readonly Site[];
  onChanged: (device: Device) => void;
}) {
  if (devices.length === 0) return <p>{t.value('devices.none')}</p>;
  const ownId = thisDevice.value?.id;
  // At a single center every device is there: no column for it.
  const bySite = sites.length > 1;
  return (
    <DataTable
      caption="devices.listTitle"
      columns={bySite ? COLUMNS : COLUMNS.filter((column) => column !== 'devices.col.site')}
    >
      {devices.map((device) => (
        <DeviceRow
          key={device.id}
          device={device}
          siteName={bySite ? siteNameOf(sites, device.site) : null}
          isThisDevice={device.id === ownId}
          onChanged={onChanged}
        />
      ))}
    </DataTable>
  );
}
