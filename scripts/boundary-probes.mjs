// The probes scripts/check-boundaries.mjs compiles: each crossing must fail with the error named,
// and each probe that stays inside its area must compile (so the crossings are not failing for
// some other reason). `project` is the tsconfig the probe is compiled under, `file` where it sits.

// TS6307: "File … is not listed within the file list of project …" (the file is in no referenced project).
const NOT_LISTED = /TS6307: File .* is not listed within the file list of project/;
const NO_NODE = /TS2307: Cannot find module 'node:fs'/;
const readsNode = "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n";
const imports = (name, from) => `import { ${name} } from '${from}';\nexport const probe = ${name};\n`;

/** Browser areas, each with a probe file inside it; all must refuse Node built-ins. */
const BROWSER_AREAS = ['i18n', 'ui', 'store', 'sync', 'pwa', 'connected', 'cards', 'kiosk', 'staff', 'display'];

export const crossings = [
  {
    name: 'src/core cannot use the DOM',
    project: 'tsconfig.core.json',
    file: 'src/core/__probe__.ts',
    text: 'export const probe = document.title;\n',
    error: /TS2584|Cannot find name 'document'/,
  },
  {
    name: 'src/core cannot import Node built-ins',
    project: 'tsconfig.core.json',
    file: 'src/core/__probe__.ts',
    text: readsNode,
    error: NO_NODE,
  },
  {
    name: 'src/core cannot import the rest of our code',
    project: 'tsconfig.core.json',
    file: 'src/core/__probe__.ts',
    text: imports('formatHours', '../ui/opening-hours.js'),
    error: NOT_LISTED,
  },
  ...BROWSER_AREAS.map((area) => ({
    name: `browser code in src/${area} cannot import Node built-ins`,
    project: `src/${area}/tsconfig.json`,
    file: `src/${area}/__probe__.ts`,
    text: readsNode,
    error: NO_NODE,
  })),
  {
    name: 'the server cannot import browser code, even code that needs no DOM',
    project: 'tsconfig.server.json',
    file: 'server/__probe__.ts',
    text: imports('shouldKioskApplyUpdate', '../src/pwa/update-policy.js'),
    error: NOT_LISTED,
  },
  {
    name: 'the kiosk cannot import the staff console',
    project: 'src/kiosk/tsconfig.json',
    file: 'src/kiosk/__probe__.ts',
    text: imports('shouldReturnToKiosk', '../staff/kiosk-lock.js'),
    error: NOT_LISTED,
  },
  {
    name: 'the kiosk cannot import the cards (QR drawing stays out of the kiosk chunk)',
    project: 'src/kiosk/tsconfig.json',
    file: 'src/kiosk/__probe__.ts',
    text: imports('cardsToPrint', '../cards/print-queue.js'),
    error: NOT_LISTED,
  },
  {
    name: 'the lobby display cannot import the staff console (it shows numbers only)',
    project: 'src/display/tsconfig.json',
    file: 'src/display/__probe__.ts',
    text: imports('shouldReturnToKiosk', '../staff/kiosk-lock.js'),
    error: NOT_LISTED,
  },
  {
    name: 'the staff console cannot import the kiosk',
    project: 'src/staff/tsconfig.json',
    file: 'src/staff/__probe__.ts',
    text: imports('resetKiosk', '../kiosk/flow.js'),
    error: NOT_LISTED,
  },
  {
    name: 'the cards cannot import the staff console',
    project: 'src/cards/tsconfig.json',
    file: 'src/cards/__probe__.ts',
    text: imports('SECTIONS', '../staff/sections.js'),
    error: NOT_LISTED,
  },
  {
    name: 'the cards cannot import sync',
    project: 'src/cards/tsconfig.json',
    file: 'src/cards/__probe__.ts',
    text: imports('syncStatus', '../sync/app-sync.js'),
    error: NOT_LISTED,
  },
  {
    name: 'shared widgets (src/ui) cannot import the store',
    project: 'src/ui/tsconfig.json',
    file: 'src/ui/__probe__.ts',
    text: imports('getDeviceIdentity', '../store/device-identity.js'),
    error: NOT_LISTED,
  },
  {
    name: 'shared widgets (src/ui) cannot import sync',
    project: 'src/ui/tsconfig.json',
    file: 'src/ui/__probe__.ts',
    text: imports('syncStatus', '../sync/app-sync.js'),
    error: NOT_LISTED,
  },
  {
    name: 'shared widgets (src/ui) cannot import the service-worker bridge (src/pwa)',
    project: 'src/ui/tsconfig.json',
    file: 'src/ui/__probe__.ts',
    text: imports('updateWaiting', '../pwa/register.js'),
    error: NOT_LISTED,
  },
  {
    name: 'shared widgets (src/ui) cannot import a screen area',
    project: 'src/ui/tsconfig.json',
    file: 'src/ui/__probe__.ts',
    text: imports('resetKiosk', '../kiosk/flow.js'),
    error: NOT_LISTED,
  },
  {
    name: 'connected widgets cannot import a screen area',
    project: 'src/connected/tsconfig.json',
    file: 'src/connected/__probe__.ts',
    text: imports('shouldReturnToKiosk', '../staff/kiosk-lock.js'),
    error: NOT_LISTED,
  },
  {
    name: 'sync cannot import widgets',
    project: 'src/sync/tsconfig.json',
    file: 'src/sync/__probe__.ts',
    text: imports('formatTime', '../ui/format.js'),
    error: NOT_LISTED,
  },
  {
    name: 'the store cannot import sync',
    project: 'src/store/tsconfig.json',
    file: 'src/store/__probe__.ts',
    text: imports('syncStatus', '../sync/app-sync.js'),
    error: NOT_LISTED,
  },
];

/** The same places, staying inside what they may see: each must compile without an error. */
export const insiders = [
  {
    name: 'src/core may use ECMAScript',
    project: 'tsconfig.core.json',
    file: 'src/core/__probe__.ts',
    text: imports('CENTER', './center.js'),
  },
  {
    name: 'the server may use core and Node',
    project: 'tsconfig.server.json',
    file: 'server/__probe__.ts',
    text: "import { CENTER } from '../src/core/center.js';\nimport { readFileSync } from 'node:fs';\nexport const probe = [CENTER, readFileSync];\n",
  },
  {
    name: 'the kiosk may use the DOM, ui, connected widgets, sync and pwa',
    project: 'src/kiosk/tsconfig.json',
    file: 'src/kiosk/__probe__.ts',
    text: "import { SyncStatus } from '../connected/SyncStatus.js';\nimport { shouldKioskApplyUpdate } from '../pwa/update-policy.js';\nimport { syncStatus } from '../sync/app-sync.js';\nimport { ItemIcon } from '../ui/item-icons.js';\nimport { resetKiosk } from './flow.js';\nexport const probe = [document.title, SyncStatus, shouldKioskApplyUpdate, syncStatus, ItemIcon, resetKiosk];\n",
  },
  {
    name: 'the staff console may use ui, connected widgets, cards, the store and sync',
    project: 'src/staff/tsconfig.json',
    file: 'src/staff/__probe__.ts',
    text: "import { cardsToPrint } from '../cards/print-queue.js';\nimport { PairingCodeForm } from '../connected/PairingCodeForm.js';\nimport { getDeviceIdentity } from '../store/device-identity.js';\nimport { syncStatus } from '../sync/app-sync.js';\nimport { trackInteractions } from '../ui/idle.js';\nimport { shouldReturnToKiosk } from './kiosk-lock.js';\nexport const probe = [cardsToPrint, PairingCodeForm, getDeviceIdentity, syncStatus, trackInteractions, shouldReturnToKiosk];\n",
  },
  {
    name: 'the cards may use ui and i18n',
    project: 'src/cards/tsconfig.json',
    file: 'src/cards/__probe__.ts',
    text: "import { t } from '../i18n/index.js';\nimport { formatHours } from '../ui/opening-hours.js';\nexport const probe = [t, formatHours];\n",
  },
  {
    name: 'shared widgets may use i18n and core',
    project: 'src/ui/tsconfig.json',
    file: 'src/ui/__probe__.ts',
    text: "import { CENTER } from '../core/center.js';\nimport { t } from '../i18n/index.js';\nexport const probe = [CENTER, t];\n",
  },
];
