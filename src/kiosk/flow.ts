/**
 * Where a person is in the kiosk's check-in, and everything the kiosk knows about them right now.
 * All of it lives in this one signal: going back to welcome drops it, so nothing typed or shown
 * survives a reset. Nothing is recorded until they confirm on the needs screen (see check-in.ts).
 */
import { signal } from '@preact/signals';
import type { DirectoryEntry } from '../core/fold/directory.js';
import type { NameChoice } from '../core/kiosk/name-search.js';
import { lastInteractionAt } from '../ui/idle.js';
import { beginSessionLanguage, restoreKioskLanguage } from './session-language.js';

/**
 * Someone identified but not yet recorded: who they are and how they checked in. A same-day
 * return carries the visit already recorded, so it keeps its number.
 */
export interface PendingVisit {
  readonly day: string;
  readonly who: 'participant' | 'visitor';
  readonly participantId: string | null;
  /** The first name to greet them with (a visitor may give none). */
  readonly name: string | null;
  /** How a participant proved who they are; null for a visitor. */
  readonly method: 'card' | 'name' | null;
  /** Their earlier visit today on this kiosk, or null for a first visit. */
  readonly earlier: { readonly visitId: string; readonly ticket: string | null } | null;
  /** They had already checked in today on this kiosk. */
  readonly again: boolean;
  /** Item id → quantity already asked for at this visit (per-visit limits count it). */
  readonly asked: ReadonlyMap<string, number>;
  /** The participant's preferred language code as recorded, if any. */
  readonly language: string | null;
}

/** A visit this kiosk has recorded (or found again when someone checks in twice the same day). */
export interface CheckedIn {
  readonly visitId: string;
  readonly day: string;
  readonly ticket: string | null;
  readonly participantId: string | null;
  /** The first name to greet them with (a visitor may give none). */
  readonly name: string | null;
  /** They had already checked in today on this kiosk. */
  readonly again: boolean;
  /** Item id → quantity already asked for at this visit (per-visit limits count it). */
  readonly asked: ReadonlyMap<string, number>;
}

/** The name and birthday that found someone, so Back from the answer returns to the birthday. */
export interface NameProof {
  readonly typed: string;
  readonly month: number;
  readonly day: number;
}

export type ConfirmStep = NameProof & {
  readonly step: 'confirm';
  readonly label: string;
  readonly entry: DirectoryEntry;
};
export type ChooseStep = NameProof & {
  readonly step: 'choose';
  readonly choices: readonly NameChoice<DirectoryEntry>[];
};

/** Where Back from the needs screen leads: the step the person checked in from. */
export type NeedsBack =
  | { readonly step: 'welcome' }
  | { readonly step: 'scan' }
  | ConfirmStep
  | ChooseStep
  | { readonly step: 'visitor'; readonly typed: string };

/** The needs screen as a step: where a report made after check-in goes back to. */
export type NeedsStep = { readonly step: 'needs'; readonly visit: PendingVisit; readonly back: NeedsBack };

/**
 * "I used naloxone to help someone" (issue 16): from welcome nobody is linked; from the needs
 * screen (`from`) a participant is first asked whether to add their name (`phase: 'name'`, default
 * no), then everyone is offered a replacement kit (`phase: 'kit'`).
 */
export interface ReversalStep {
  readonly step: 'reversal';
  readonly phase: 'name' | 'kit';
  readonly from: NeedsStep | null;
  /** They chose to add their name (only ever true after a participant's check-in). */
  readonly named: boolean;
}

/** The report is saved: thanks, and the kit's ticket, or that staff will help (none on hand). */
export interface ReversalDoneStep {
  readonly step: 'reversalDone';
  readonly kit: 'coming' | 'seeStaff' | 'no';
  readonly ticket: string | null;
  /** The needs screen to continue with (its visit now carries the kit), or null from welcome. */
  readonly next: NeedsStep | null;
}

export type KioskStep =
  | { readonly step: 'welcome' }
  | { readonly step: 'scan' }
  /** Finding a name, in steps: what was typed goes along, so Back keeps it. */
  | { readonly step: 'name'; readonly typed?: string }
  | { readonly step: 'birthday'; readonly typed: string; readonly month?: number; readonly day?: number }
  | ConfirmStep
  | ChooseStep
  /** Name check-in is resting after misses in a row (see name-check-in.ts). */
  | { readonly step: 'namePaused' }
  | { readonly step: 'visitor'; readonly typed?: string }
  /** A kind dead end; Back leads to `back` (where they could try again), else to welcome. */
  | { readonly step: 'seeStaff'; readonly back?: KioskStep }
  | NeedsStep
  | ReversalStep
  | ReversalDoneStep
  | {
      readonly step: 'done';
      readonly visit: CheckedIn;
      /** Names to show for what was asked; discreet items appear only as one neutral line. */
      readonly asked: readonly string[];
    }
  | { readonly step: 'problem' };

export const kioskStep = signal<KioskStep>({ step: 'welcome' });

/**
 * Moves to a step; a step the kiosk moves to (a scan, a check-in) counts as activity for the idle
 * reset. Leaving welcome starts a person's session; coming back to it ends the session.
 */
export function goTo(step: KioskStep): void {
  if (step.step === 'welcome') {
    resetKiosk();
    return;
  }
  if (kioskStep.peek().step === 'welcome') beginSessionLanguage();
  lastInteractionAt.value = Date.now();
  kioskStep.value = step;
}

/** Back to welcome, forgetting the person, in the language the kiosk showed before they came. */
export function resetKiosk(): void {
  restoreKioskLanguage();
  kioskStep.value = { step: 'welcome' };
}
