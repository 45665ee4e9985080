/**
 * Every check-in step after the welcome, and what they record: loaded in idle time once the
 * welcome is up (or on the first tap or scan), so the welcome screen waits for none of it. The
 * steps as such (which screen, back, idle reset) are KioskFlow's; this renders all but the first.
 */
import type { DirectoryEntry } from '../core/fold/directory.js';
import type { NeedTile } from '../core/kiosk/needs.js';
import type { RequestedItem } from '../core/ops/requests.js';
import { currentLanguage } from '../i18n/index.js';
import { listLines } from './asked-words.js';
import { BirthdayScreen } from './BirthdayScreen.js';
import { ChooseScreen } from './ChooseScreen.js';
import { ConfirmScreen } from './ConfirmScreen.js';
import { confirmVisit, identifyParticipant, identifyVisitor, participantForCard } from './check-in.js';
import { DoneScreen } from './DoneScreen.js';
import {
  type ChooseStep,
  type ConfirmStep,
  goTo,
  type KioskStep,
  kioskStep,
  type NeedsBack,
  type NeedsStep,
  type PendingVisit,
  type ReversalStep,
  resetKiosk,
} from './flow.js';
import { IdleGuard } from './IdleGuard.js';
import { NamePausedScreen } from './NamePausedScreen.js';
import { NameScreen } from './NameScreen.js';
import { NeedsScreen } from './NeedsScreen.js';
import { lookUpName, nameConfirmed, nameMissed, startNameCheckIn } from './name-check-in.js';
import { ReversalDoneScreen } from './ReversalDoneScreen.js';
import { ReversalScreen } from './ReversalScreen.js';
import { reportReversal } from './reversal-report.js';
import { ScanScreen } from './ScanScreen.js';
import { SeeStaffScreen } from './SeeStaffScreen.js';
import { followPreferredLanguage } from './session-language.js';
import type { KioskData } from './useKioskData.js';
import { VisitorScreen } from './VisitorScreen.js';

export { nameCheckInPaused, startNameCheckIn } from './name-check-in.js';
export { readAloudText } from './read-aloud.js';

/** Runs `next` only if nobody reset or moved the kiosk while the tablet was saving. */
async function thenGo(from: KioskStep, work: Promise<KioskStep>): Promise<void> {
  const step = await work.catch((): KioskStep => ({ step: 'problem' }));
  if (kioskStep.peek() !== from) return;
  goTo(step);
  // After goTo, which remembers the kiosk's own language when a session starts.
  if (step.step === 'needs') followPreferredLanguage(step.visit.language);
}

async function checkInByCard(scanned: string, from: NeedsBack): Promise<KioskStep> {
  const entry = await participantForCard(scanned);
  if (!entry) return { step: 'seeStaff', back: { step: 'scan' } };
  return { step: 'needs', visit: await identifyParticipant(entry, 'card'), back: from };
}

/** Someone who proved who they are by name, birthday and "yes, that's me" (or their label). */
async function checkInByName(entry: DirectoryEntry, from: ConfirmStep | ChooseStep): Promise<KioskStep> {
  nameConfirmed();
  return { step: 'needs', visit: await identifyParticipant(entry, 'name'), back: from };
}

/** The person confirmed: only now are the visit, its ticket and the request recorded. */
async function send(
  visit: PendingVisit,
  items: readonly RequestedItem[],
  tiles: readonly NeedTile[],
): Promise<KioskStep> {
  const result = await confirmVisit(visit, items);
  if (!result.ok) return { step: 'problem' };
  return { step: 'done', visit: result.visit, asked: listLines(items, tiles, currentLanguage.value) };
}

/** A card read on welcome or on the scan step (`from`): who it is, then their needs. */
export function checkInFromCard(token: string, from: KioskStep): void {
  void thenGo(from, checkInByCard(token, from.step === 'scan' ? { step: 'scan' } : { step: 'welcome' }));
}

/** The screen for every step but welcome, and the idle reset on the steps it watches. */
export function StepScreen({
  step,
  data,
  onCard,
}: {
  step: KioskStep;
  data: KioskData;
  onCard: (token: string) => void;
}) {
  const screen = (() => {
    switch (step.step) {
      case 'welcome':
        return null;
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
        return (
          <NameScreen
            typed={step.typed}
            onBack={() => goTo({ step: 'welcome' })}
            onContinue={(typed) => goTo({ step: 'birthday', typed })}
          />
        );
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
            onYes={() => void thenGo(step, checkInByName(step.entry, step))}
            onNo={() => goTo(nameMissed())}
            onBack={() => goTo({ step: 'birthday', typed: step.typed, month: step.month, day: step.day })}
          />
        );
      case 'choose':
        return (
          <ChooseScreen
            choices={step.choices}
            onPick={(choice) =>
              choice.entry ? void thenGo(step, checkInByName(choice.entry, step)) : goTo(nameMissed())
            }
            onNone={() => goTo(nameMissed())}
            onBack={() => goTo({ step: 'birthday', typed: step.typed, month: step.month, day: step.day })}
          />
        );
      case 'namePaused':
        return <NamePausedScreen onBack={resetKiosk} />;
      case 'visitor':
        return (
          <VisitorScreen
            typed={step.typed}
            onBack={() => goTo({ step: 'welcome' })}
            onContinue={(typed) =>
              goTo({ step: 'needs', visit: identifyVisitor(typed), back: { step: 'visitor', typed } })
            }
          />
        );
      case 'needs':
        return (
          <NeedsScreen
            visit={step.visit}
            data={data}
            onSend={(items, tiles) => void thenGo(step, send(step.visit, items, tiles))}
            onBack={() => goTo(step.back)}
            onStartOver={resetKiosk}
            onReversal={() => goTo(startReversal(step))}
          />
        );
      case 'reversal':
        return (
          <ReversalScreen
            step={step}
            onNamed={(named) => goTo({ ...step, phase: 'kit', named })}
            onKit={(wantsKit) => void thenGo(step, reportReversal(step, wantsKit, data))}
            onBack={() => goTo(reversalBack(step))}
          />
        );
      case 'reversalDone':
        return <ReversalDoneScreen step={step} />;
      case 'done':
        return <DoneScreen visit={step.visit} asked={step.asked} />;
      case 'seeStaff':
        return <SeeStaffScreen onBack={() => goTo(step.back ?? { step: 'welcome' })} />;
      case 'problem':
        return <SeeStaffScreen problem onBack={resetKiosk} />;
    }
  })();
  return (
    <>
      {screen}
      {watchedForIdle(step) && <IdleGuard />}
    </>
  );
}

/** The welcome and ticket screens close by themselves (or need not); every other step is watched. */
function watchedForIdle(step: KioskStep): boolean {
  if (step.step === 'reversalDone') return step.next !== null;
  return step.step !== 'welcome' && step.step !== 'done';
}

/** A report from the needs screen: a participant is asked about their name first, a visitor is not. */
function startReversal(from: NeedsStep): ReversalStep {
  const participant = from.visit.who === 'participant' && from.visit.participantId !== null;
  return { step: 'reversal', phase: participant ? 'name' : 'kit', from, named: false };
}

/** Back from the kit question to the name question, else to where the report started. */
function reversalBack(step: ReversalStep): KioskStep {
  if (step.phase === 'kit' && step.from && startReversal(step.from).phase === 'name') {
    return { ...step, phase: 'name', named: false };
  }
  return step.from ?? { step: 'welcome' };
}
