/** One device in the table (with its site's name, when given), "Revoke" behind a confirmation; a revoked row says so. */
import { useState } from 'preact/hooks';
import type { Device } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { revokeDevice } from '../../sync/devices-api.js';
import { Alert } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { ConfirmQuestion } from '../../ui/form/ConfirmQuestion.js';
import { useAction } from '../../ui/form/use-action.js';
import { formatDateTime } from '../../ui/format.js';
import { BanIcon, WarningIcon } from '../../ui/icons.js';
import { DEVICE_KIND } from './device-labels.js';

export function DeviceRow({
  device,
  siteName,
  isThisDevice,
  onChanged,
}: {
  device: Device;
  /** null: the program has one site, and the table no column for it. */
  siteName: string | null;
  isThisDevice: boolean;
  onChanged: (device: Device) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const never = t.value('devices.never');
  const revoke = useAction({
    act: async (deviceId: string) => {
      const result = await revokeDevice(deviceId);
      setConfirming(false);
      return result;
    },
    describe: describeFailure,
    done: onChanged,
  });

  return (
    <tr class={device.revokedAt ? 'is-revoked' : undefined}>
      <th scope="row">
        {device.name}
        {isThisDevice && <span class="tag">{t.value('devices.thisDevice')}</span>}
      </th>
      <td>{t.value(DEVICE_KIND[device.role])}</td>
      {siteName !== null && <td>{siteName}</td>}
      <td>{device.pairedBy ?? '—'}</td>
      <td>{formatDateTime(device.pairedAt)}</td>
      <td>{formatDateTime(device.lastSeenAt, never)}</td>
      <td>
        {formatDateTime(device.lastSyncAt, never)}
        {/* What the device said of its own storage with its last sync (a kiosk has no staff beside it). */}
        {device.storageFullSince && !device.revokedAt && (
          <span class="device-storage-full">
            <WarningIcon />
            {t.value('devices.storageFull', { time: formatDateTime(device.storageFullSince) })}
          </span>
        )}
      </td>
      <td>
        {device.revokedAt ? (
          <span class="status status--off">{t.value('devices.status.revoked')}</span>
        ) : (
          <span class="status status--on">{t.value('devices.status.active')}</span>
        )}
      </td>
      <td class="table__actions">
        {!device.revokedAt && !confirming && (
          <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
            <BanIcon />
            {t.value('devices.revoke')}
            <span class="visually-hidden"> {device.name}</span>
          </button>
        )}
        {confirming && (
          <ConfirmQuestion
            question={t.value('devices.revoke.confirm', { name: device.name })}
            yesLabel={t.value('devices.revoke.yes')}
            yesClass="button--danger"
            cancelLabel={t.value('common.cancel')}
            busy={revoke.busy}
            onYes={() => void revoke.run(device.id)}
            onCancel={() => setConfirming(false)}
          />
        )}
        <Alert message={revoke.error} />
      </td>
    </tr>
  );
}
