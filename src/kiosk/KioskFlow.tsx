/**
 * The check-in itself: welcome (or closed), then card, name or visitor, then needs and the ticket.
 * Each step gets the focus on its heading (or its input), and every step but welcome and the
 * ticket screen is watched by the idle reset.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { DirectoryEntry } from '../core/fold/directory.js';
import { openingState } from '../core/hours.js';
import type { NeedTile } from '../core/kiosk/needs.js';
import type { RequestedItem } from '../core/ops/requests.js';
import { currentLanguage } from '../i18n/index.js';
import { formatCenterTime } from '../ui/format.js';
import { formatHours } from '../ui/opening-hours.js';
import { useNow } from '../ui/use-now.js';
import { listLines } from './asked-words.js';
import { BirthdayScreen } from './BirthdayScreen.js';
import { ChooseScreen } from './ChooseScreen.js';
import { ClosedScreen } from './ClosedScreen.js';
import { ConfirmScreen } from './ConfirmScreen.js';
import { checkInParticipant, checkInVisitor, participantForCard, requestItems } from './check-in.js';
import { DoneScreen } from './DoneScreen.js';
import { type CheckedIn, goTo, type KioskStep, kioskStep, resetKiosk } from './flow.js';
import { IdleGuard } from './IdleGuard.js';
import { NamePausedScreen } from './NamePausedScreen.js';
import { NameScreen } from './NameScreen.js';
import { NeedsScreen } from './NeedsScreen.js';
import { lookUpName, nameConfirmed, nameMissed, startNameCheckIn } from './name-check-in.js';
import { ScanScreen } from './ScanScreen.js';
import { SeeStaffScreen } from './SeeStaffScreen.js';
import { useCardWedge } from './useCardWedge.js';
import type { KioskData } from './useKioskData.js';
import { VisitorScreen } from './VisitorScreen.js';
import { Welcome } from './Welcome.js';

/** Runs `next` only if nobody reset or moved the kiosk while the tablet was saving. */
async function thenGo(from: KioskStep, work: Promise<KioskStep>): Promise<void> {
  const step = await work.catch((): KioskStep => ({ step: 'problem' }));
  if (kioskStep.peek() === from) goTo(step);
}

const needsOrProblem = (result: { ok: true; visit: CheckedIn } | { ok: false }): KioskStep =>
  result.ok ? { step: 'needs', visit: result.visit } : { step: 'problem' };

async function checkInByCard(scanned: string): Promise<KioskStep> {
  const entry = await participantForCard(scanned);
  return entry ? needsOrProblem(await checkInParticipant(entry, 'card')) : { step: 'seeStaff' };
}

/** Checks in someone who proved who they are by name, birthday and "yes, that's me" (or their label). */
async function checkInByName(entry: DirectoryEntry): Promise<KioskStep> {
  nameConfirmed();
  return needsOrProblem(await checkInParticipant(entry, 'name'));
}

async function send(visit: CheckedIn, items: readonly RequestedItem[], tiles: readonly NeedTile[]): Promise<KioskStep> {
  const saved = await requestItems(visit, items);
  if (!saved) return { step: 'problem' };
  return { step: 'done', visit, asked: listLines(items, tiles, currentLanguage.value) };
}

export function KioskFlow({ data }: { data: KioskData }) {
  const step = kioskStep.value;
  const now = useNow(15_000);
  const opening = openingState(data.settings.hours, data.settings.openOverride, new Date(now));
  const onCard = useCallback((token: string) => void thenGo(kioskStep.peek(), checkInByCard(token)), []);
  useCardWedge(opening.open && (step.step === 'welcome' || step.step === 'scan'), onCard);
  useStepFocus(step.step);

  const screen = (() => {
    switch (step.step) {
      case 'welcome':
        if (!opening.open) return <ClosedScreen nextOpening={opening.nextOpening} hours={hoursLine(data)} />;
        return (
          <Welcome
            eventUntil={
              opening.override?.mode === 'open' && opening.closesAt
                ? formatCenterTime(opening.closesAt, currentLanguage.value)
                : null
            }
          />
        );
      case 'scan':
        return (
          <ScanScreen
            onCode={onCard}
            onFindName={startNameCheckIn}
            onVisitor={() => goTo({ step: 'visitor' })}
            onBack={() => goTo({ step: 'welcome' })}
          />
        );
      case 'name':
        return <NameScreen typed={step.typed} onContinue={(typed) => goTo({ step: 'birthday', typed })} />;
      case 'birthday':
        return (
          <BirthdayScreen
            month={step.month}
            day={step.day}
            onBack={() => goTo({ step: 'name', typed: step.typed })}
            onContinue={(month, day) => void thenGo(step, lookUpName(step.typed, month, day))}
          />
        );
      case 'confirm':
        return (
          <ConfirmScreen
            label={step.label}
            onYes={() => void thenGo(step, checkInByName(step.entry))}
            onNo={() => goTo(nameMissed())}
            onBack={() => goTo({ step: 'birthday', typed: step.typed, month: step.month, day: step.day })}
          />
        );
      case 'choose':
        return (
          <ChooseScreen
            choices={step.choices}
            onPick={(choice) => (choice.entry ? void thenGo(step, checkInByName(choice.entry)) : goTo(nameMissed()))}
            onNone={() => goTo(nameMissed())}
            onBack={() => goTo({ step: 'birthday', typed: step.typed, month: step.month, day: step.day })}
          />
        );
      case 'namePaused':
        return <NamePausedScreen />;
      case 'visitor':
        return <VisitorScreen onContinue={(name) => void thenGo(step, checkInVisitor(name).then(needsOrProblem))} />;
      case 'needs':
        return (
          <NeedsScreen
            visit={step.visit}
            data={data}
            onSend={(items, tiles) => void thenGo(step, send(step.visit, items, tiles))}
            // Part of issue 14's flow work decides where Back leads; until then both forget the person.
            onBack={resetKiosk}
            onStartOver={resetKiosk}
          />
        );
      case 'done':
        return <DoneScreen visit={step.visit} asked={step.asked} />;
      case 'seeStaff':
        return <SeeStaffScreen />;
      case 'problem':
        return <SeeStaffScreen problem />;
    }
  })();
  return (
    <>
      {screen}
      {step.step !== 'welcome' && step.step !== 'done' && <IdleGuard />}
    </>
  );
}

function hoursLine(data: KioskData): string {
  return formatHours(data.settings.hours, currentLanguage.value);
}

/** Puts the focus on the new step's input (for the tablet's keyboard) or its heading (for screen readers). */
function useStepFocus(step: KioskStep['step']): void {
  const first = useRef(true);
  useEffect(() => {
    // The first welcome keeps the page's natural start (skip link, header).
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('[data-autofocus]') ?? main?.querySelector<HTMLElement>('h1');
    target?.focus();
  }, [step]);
}
