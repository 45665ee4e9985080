/**
 * What "Read aloud" says on each kiosk step: the screen's heading, its choices and the ticket
 * number, in the words the screen shows (through `say`, the current language's messages).
 * Pure: the same step, data and language always give the same text.
 */
import { needGroups } from '../core/kiosk/need-groups.js';
import type { NeedTile } from '../core/kiosk/needs.js';
import { type MessageKey, monthName } from '../i18n/index.js';
import type { KioskStep } from './flow.js';
import { GROUP_LABEL } from './need-group-words.js';

/** Translates a message key, like `t.value`. */
export type Say = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface ReadAloudInput {
  readonly step: KioskStep;
  /** The language `say` speaks (for month names). */
  readonly language: string;
  /** The catalog's tiles: the needs screen reads their groups. */
  readonly tiles: readonly NeedTile[];
  /** Outside opening hours the welcome step shows the closed screen instead. */
  readonly closed: {
    readonly when: string | null;
    readonly hours: string;
    /** This kiosk's site's; null while a new site's details have not reached the tablet. */
    readonly address: string | null;
    readonly phone: string | null;
  } | null;
  /** Whether name check-in is resting (the namePaused step says so or says it is ready). */
  readonly nameResting: boolean;
}

/** "A-17" → "A 17": a voice reads the letter and the number, not "A minus seventeen". */
export function spokenTicket(ticket: string): string {
  return ticket
    .replace(/[-‐‑–—_]+/g, ' ')
    .replace(/([A-Za-z])(?=\d)/g, '$1 ')
    .trim();
}

/** "323-952-6099" → "3 2 3, 9 5 2, 6 0 9 9": digit by digit, in the groups people write down. */
export function spokenPhone(phone: string): string {
  return phone
    .split(/\D+/)
    .filter(Boolean)
    .map((group) => [...group].join(' '))
    .join(', ');
}

/** Screen words a voice would stumble on: "visiting / no card", "Blanket × 2". */
function forSpeech(text: string): string {
  return text.replace(/\s+\/\s+/g, ', ').replace(/\s*×\s*(\d+)/g, ', $1');
}

/** Sentences into one text, each ending in a stop so the voice pauses between them. */
function sentences(parts: readonly (string | null | false)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => forSpeech(part.trim()))
    .map((part) => (/[.?!…:]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

function monthNames(language: string): string[] {
  return Array.from({ length: 12 }, (_, index) => monthName(language, index + 1));
}

/** The needs screen's groups, in the order and with the words of its group tiles. */
function groupNames(tiles: readonly NeedTile[], say: Say): string[] {
  return needGroups(tiles, new Map()).map(({ group }) => say(GROUP_LABEL[group]));
}

function welcomeText(input: ReadAloudInput, say: Say): string {
  const { closed } = input;
  if (closed) {
    return sentences([
      say('kiosk.closed.title'),
      closed.when ? say('kiosk.closed.next', { when: closed.when }) : say('kiosk.closed.noNext'),
      `${say('kiosk.closed.hours')}: ${closed.hours}`,
      closed.address && `${say('kiosk.closed.address')}: ${closed.address}`,
      closed.phone && `${say('kiosk.closed.phone')}: ${spokenPhone(closed.phone)}`,
    ]);
  }
  return sentences([
    say('kiosk.welcome'),
    say('kiosk.welcomeLead'),
    say('kiosk.way.scan'),
    say('kiosk.way.scanHint'),
    say('kiosk.way.name'),
    say('kiosk.way.nameHint'),
    say('kiosk.way.visitor'),
    say('kiosk.way.visitorHint'),
    say('kiosk.reversal.entry'),
  ]);
}

/** The text to read for the step on screen now. */
export function readAloudText(input: ReadAloudInput, say: Say): string {
  const { step } = input;
  switch (step.step) {
    case 'welcome':
      return welcomeText(input, say);
    case 'scan':
      return sentences([say('kiosk.scan.title'), say('kiosk.scan.hold'), say('kiosk.scan.holdHint')]);
    case 'name':
      return sentences([say('kiosk.name.title'), say('kiosk.name.label'), say('kiosk.name.hint')]);
    case 'birthday':
      return sentences([
        say('kiosk.birthday.title'),
        say('kiosk.birthday.lead'),
        `${say('kiosk.birthday.month')}: ${monthNames(input.language).join(', ')}`,
      ]);
    case 'confirm':
      return sentences([say('kiosk.confirm.title'), step.label, say('kiosk.confirm.yes'), say('kiosk.confirm.no')]);
    case 'choose':
      return sentences([
        say('kiosk.choose.title'),
        say('kiosk.choose.lead'),
        ...step.choices.map((choice) => choice.label),
        say('kiosk.choose.none'),
      ]);
    case 'namePaused':
      return input.nameResting
        ? sentences([
            say('kiosk.paused.title'),
            say('kiosk.paused.lead'),
            say('kiosk.way.scan'),
            say('kiosk.way.visitor'),
            say('kiosk.startOver'),
          ])
        : sentences([
            say('kiosk.paused.readyTitle'),
            say('kiosk.paused.readyLead'),
            say('kiosk.way.name'),
            say('kiosk.way.scan'),
            say('kiosk.way.visitor'),
            say('kiosk.startOver'),
          ]);
    case 'visitor':
      return sentences([say('kiosk.visitor.title'), say('kiosk.visitor.nameLabel'), say('kiosk.visitor.nameHint')]);
    case 'needs':
      return sentences([
        step.visit.name ? say('kiosk.needs.greeting', { name: step.visit.name }) : say('kiosk.needs.greetingAnon'),
        say('kiosk.needs.title'),
        step.visit.again ? say('kiosk.needs.again') : say('kiosk.needs.lead'),
        ...groupNames(input.tiles, say),
      ]);
    case 'done':
      return sentences([
        step.visit.name ? say('kiosk.done.title', { name: step.visit.name }) : say('kiosk.done.titleAnon'),
        step.visit.ticket && `${say('kiosk.done.number')} ${spokenTicket(step.visit.ticket)}`,
        step.asked.length > 0 ? say('kiosk.done.call') : say('kiosk.done.checkedIn'),
        // Each line its own sentence, so "Blanket, 2" never runs into the next item.
        step.asked.length > 0 && `${say('kiosk.done.asked')}:`,
        ...step.asked,
      ]);
    case 'reversal':
      return step.phase === 'name'
        ? sentences([
            say('kiosk.reversal.thanks'),
            say('kiosk.reversal.nameTitle'),
            say('kiosk.reversal.nameLead'),
            say('kiosk.reversal.nameNo'),
            say('kiosk.reversal.nameYes'),
          ])
        : sentences([
            step.from === null && say('kiosk.reversal.thanks'),
            say('kiosk.reversal.kitTitle'),
            say('kiosk.reversal.kitLead'),
            say('kiosk.reversal.kitYes'),
            say('kiosk.reversal.kitNo'),
          ]);
    case 'reversalDone':
      return sentences([
        say('kiosk.reversal.doneTitle'),
        say('kiosk.reversal.doneLead'),
        step.ticket && `${say('kiosk.done.number')} ${spokenTicket(step.ticket)}`,
        step.kit === 'coming' && say('kiosk.reversal.kitComing'),
        step.kit === 'seeStaff' && say('kiosk.reversal.kitSeeStaff'),
        step.next && say('kiosk.reversal.continue'),
      ]);
    case 'seeStaff':
      return sentences([
        say('kiosk.seeStaff.title'),
        say('kiosk.seeStaff.lead'),
        say('kiosk.way.visitor'),
        say('kiosk.startOver'),
      ]);
    case 'problem':
      // The message already ends with the heading's "Please see a staff member".
      return sentences([say('kiosk.problem'), say('kiosk.way.visitor'), say('kiosk.startOver')]);
  }
}
