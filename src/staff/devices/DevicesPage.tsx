/**
 * Devices: pair a kiosk tablet or staff laptop with a code (at a site), see every device and its
 * site, revoke one.
 * While a code is showing the list refreshes itself, so staff see the tablet arrive.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Device, PairingCode } from '../../core/auth/api.js';
import { t } from '../../i18n/index.js';
import { listDevices } from '../../sync/devices-api.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { describeFailure } from '../../ui/describe-failure.js';
import { RefreshIcon } from '../../ui/icons.js';
import { listSites } from '../sites/site-queries.js';
import { useViews } from '../use-views.js';
import { DeviceTable } from './DeviceTable.js';
import { PairDeviceForm } from './PairDeviceForm.js';
import { PairingCodeCard } from './PairingCodeCard.js';
import { ThisDevicePanel } from './ThisDevicePanel.js';

const REFRESH_WHILE_PAIRING_MS = 5_000;

export function DevicesPage() {
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pairing, setPairing] = useState<PairingCode | null>(null);
  const [arrived, setArrived] = useState<string | null>(null);

  const known = useRef<ReadonlySet<string> | null>(null);
  const loadedSites = useViews(listSites, 'sites');
  const sites = loadedSites.status === 'ready' ? loadedSites.value : [];

  const load = useCallback(async () => {
    const result = await listDevices();
    if (!result.ok) return setError(describeFailure(result));
    setError(null);
    const list = result.value.devices;
    const added = known.current && list.find((device) => !known.current?.has(device.id));
    if (added) {
      setArrived(added.name);
      setPairing((shown) => (shown && shown.name === added.name ? null : shown));
    }
    known.current = new Set(list.map((device) => device.id));
    setDevices(list);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!pairing) return;
    const timer = setInterval(() => void load(), REFRESH_WHILE_PAIRING_MS);
    return () => clearInterval(timer);
  }, [pairing, load]);

  const replace = (changed: Device) =>
    setDevices((list) => list?.map((device) => (device.id === changed.id ? changed : device)) ?? null);

  return (
    <>
      <h1>{t.value('devices.title')}</h1>
      <section class="panel" aria-labelledby="pair-device-title">
        <h2 id="pair-device-title">{t.value('devices.pair.title')}</h2>
        {pairing ? (
          <PairingCodeCard pairing={pairing} sites={sites} onDone={() => setPairing(null)} />
        ) : (
          <PairDeviceForm
            onCreated={(created) => {
              setArrived(null);
              setPairing(created);
            }}
          />
        )}
        <Notice message={arrived && t.value('devices.arrived', { name: arrived })} />
      </section>
      <section class="panel" aria-labelledby="device-list-title">
        <div class="panel__heading">
          <h2 id="device-list-title">{t.value('devices.listTitle')}</h2>
          <button type="button" class="button" onClick={() => void load()}>
            <RefreshIcon />
            {t.value('common.refresh')}
          </button>
        </div>
        <Alert message={error} />
        {devices && <DeviceTable devices={devices} sites={sites} onChanged={replace} />}
      </section>
      <ThisDevicePanel onPaired={() => void load()} />
    </>
  );
}
