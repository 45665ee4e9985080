/** "Today": devices whose storage is full, counts, who is here, the front desk, stock to watch, whether the kiosks take check-ins, and this device's sync state. */
import { t } from '../i18n/index.js';
import { DeskPanel } from './desk/DeskPanel.js';
import { DeviceStorageWarnings } from './devices/DeviceStorageWarnings.js';
import { FirstDaySteps } from './FirstDaySteps.js';
import { KioskHoursPanel } from './kiosk-hours/KioskHoursPanel.js';
import { SyncPanel } from './sync/SyncPanel.js';
import { TodayBoard } from './TodayBoard.js';
import './queue/queue.css';

export function Today() {
  return (
    <>
      <h1>{t.value('staff.today.title')}</h1>
      <FirstDaySteps />
      <DeviceStorageWarnings />
      <TodayBoard />
      <DeskPanel />
      <KioskHoursPanel />
      <SyncPanel />
    </>
  );
}
