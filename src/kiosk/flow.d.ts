import type { DirectoryEntry } from '../core/fold/directory.js';
import type { NameChoice } from '../core/kiosk/name-search.js';
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
export type KioskStep =
  | {
      readonly step: 'welcome';
    }
  | {
      readonly step: 'scan';
    }
  /** Finding a name, in steps: what was typed goes along, so Back keeps it. */
  | {
      readonly step: 'name';
      readonly typed?: string;
    }
  | {
      readonly step: 'birthday';
      readonly typed: string;
      readonly month?: number;
      readonly day?: number;
    }
  | (NameProof & {
      readonly step: 'confirm';
      readonly label: string;
      readonly entry: DirectoryEntry;
    })
  | (NameProof & {
      readonly step: 'choose';
      readonly choices: readonly NameChoice<DirectoryEntry>[];
    })
  /** Name check-in is resting after misses in a row (see name-check-in.ts). */
  | {
      readonly step: 'namePaused';
    }
  | {
      readonly step: 'visitor';
    }
  | {
      readonly step: 'seeStaff';
    }
  | {
      readonly step: 'needs';
      readonly visit: CheckedIn;
    }
  | {
      readonly step: 'done';
      readonly visit: CheckedIn;
      /** Names to show for what was asked; discreet items appear only as one neutral line. */
      readonly asked: readonly string[];
    }
  | {
      readonly step: 'problem';
    };
export declare const kioskStep: import('@preact/signals-core').Signal<KioskStep>;
/** Moves to a step; a step the kiosk moves to (a scan, a check-in) counts as activity for the idle reset. */
export declare function goTo(step: KioskStep): void;
/** Back to welcome, forgetting the person. */
export declare function resetKiosk(): void;
