/**
 * "First steps" at the top of Today while the center has no paired kiosk, no stock or no
 * participants: one link per step still to do; a step goes once done, the list once all are.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type FirstDayStep, firstDaySteps, startOfViews } from '../core/floor/first-day.js';
import { t } from '../i18n/index.js';
import { appOpStore, syncStatus } from '../sync/app-sync.js';
import { listDevices } from '../sync/devices-api.js';
import { BoxIcon, TabletIcon, UserPlusIcon } from '../ui/icons.js';
import { workingSite } from './site-choice.js';
import { useViews } from './use-views.js';
import './FirstDaySteps.css';

/** Receiving a whole box at once (issue 15, item 6): the page where stock first arrives. */
const RECEIVE_BOX_PATH = '/staff/inventory/box';

const STEPS: Record<
  FirstDayStep,
  { href: string; label: 'firstDay.pairKiosk' | 'firstDay.receiveStock' | 'firstDay.enroll'; Icon: () => JSX.Element }
> = {
  pairKiosk: { href: '/staff/devices', label: 'firstDay.pairKiosk', Icon: TabletIcon },
  receiveStock: { href: RECEIVE_BOX_PATH, label: 'firstDay.receiveStock', Icon: BoxIcon },
  enroll: { href: '/staff/participants/new', label: 'firstDay.enroll', Icon: UserPlusIcon },
};

/** Whether a kiosk is paired, by the server's device list; null while unknown (loading or offline). */
function useKioskPaired(): boolean | null {
  const [paired, setPaired] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    void listDevices().then((result) => {
      if (!current || !result.ok) return;
      setPaired(result.value.devices.some((device) => device.role === 'kiosk' && device.revokedAt === null));
    });
    return () => {
      current = false;
    };
  }, []);
  return paired;
}

export function FirstDaySteps() {
  const kioskPaired = useKioskPaired();
  const site = workingSite.value;
  const start = useViews(
    async () => startOfViews((await (await appOpStore()).allViews()).values(), site),
    `first-day:${site}`,
  );
  // Before its first sync a device knows nothing of the center: that is no reason for a checklist.
  if (start.status !== 'ready' || syncStatus.value.lastSyncAt === null) return null;
  const steps = firstDaySteps({ kioskPaired, ...start.value });
  if (steps.length === 0) return null;
  return (
    <section class="panel first-day" aria-labelledby="first-day-title">
      <h2 id="first-day-title">{t.value('firstDay.title')}</h2>
      <p class="panel__lead">{t.value('firstDay.lead')}</p>
      <ol class="first-day__steps">
        {steps.map((step) => {
          const { href, label, Icon } = STEPS[step];
          return (
            <li key={step}>
              <a href={href}>
                <Icon />
                {t.value(label)}
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
