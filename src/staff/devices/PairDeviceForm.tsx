/**
 * "Pair a device": a name, a kind and (when the program has more than one) the site it will be at
 * make a single-use code, valid for 10 minutes.
 */
import { useState } from 'preact/hooks';
import type { DeviceRole, PairingCode } from '../../core/auth/api.js';
import { cleanLine } from '../../core/text.js';
import { t } from '../../i18n/index.js';
import { createPairingCode } from '../../sync/devices-api.js';
import { Alert } from '../../ui/Alert.js';
import { refuse } from '../../ui/form/action-form-state.js';
import { ChoiceGroup } from '../../ui/form/ChoiceGroup.js';
import { SelectField } from '../../ui/form/SelectField.js';
import { useActionForm } from '../../ui/form/use-action-form.js';
import { LaptopIcon, LinkIcon, MonitorIcon, TabletIcon } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { siteOptions, workingSite } from '../site-choice.js';
import { describeSiteFailure } from '../sites/site-failures.js';
import { DEVICE_KIND } from './device-labels.js';

const KINDS: readonly DeviceRole[] = ['kiosk', 'staff', 'display'];
const KIND_ICONS = { kiosk: TabletIcon, staff: LaptopIcon, display: MonitorIcon } as const;

export function PairDeviceForm({ onCreated }: { onCreated: (pairing: PairingCode) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<DeviceRole>('kiosk');
  // The sites the signed-in person may pair for; the one being worked on comes first to mind.
  const sites = siteOptions.value ?? [];
  const [chosenSite, setSite] = useState<string | null>(null);
  const site = chosenSite ?? workingSite.value;
  const form = useActionForm({
    // Cleaned as the server wants it: a pasted tab or line break becomes a space.
    validate: () => cleanLine(name) || refuse(),
    act: (deviceName: string) => createPairingCode(deviceName, role, site),
    describe: describeSiteFailure,
    done: (pairing: PairingCode) => {
      setName('');
      form.reset();
      onCreated(pairing);
    },
  });

  return (
    <form ref={form.form} class="form" onSubmit={form.submit} noValidate>
      <TextField
        label={t.value('devices.pair.name')}
        hint={t.value('devices.pair.nameHint')}
        value={name}
        onValue={setName}
        problem={form.tried && !cleanLine(name) ? t.value('devices.pair.nameMissing') : null}
        required
        autoComplete="off"
      />
      <ChoiceGroup
        legend={t.value('devices.pair.kind')}
        options={KINDS.map((kind) => {
          const Icon = KIND_ICONS[kind];
          return {
            value: kind,
            label: (
              <>
                <Icon />
                {t.value(DEVICE_KIND[kind])}
              </>
            ),
          };
        })}
        value={role}
        onValue={setRole}
      />
      {sites.length > 1 && (
        <SelectField
          label={t.value('devices.pair.site')}
          hint={t.value('devices.pair.siteHint')}
          value={site}
          onValue={setSite}
        >
          {sites.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </SelectField>
      )}
      <Alert message={form.error} />
      <button type="submit" class="button button--primary" disabled={form.busy}>
        <LinkIcon />
        {t.value('devices.pair.submit')}
      </button>
    </form>
  );
}
