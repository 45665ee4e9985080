/** Builds valid ops for tests: one builder per device, with its own sequence and clock. */

import type { ItemFields } from '../../src/core/ops/catalog.js';
import { formatStamp, type HlcState, tickClock } from '../../src/core/ops/clock.js';
import type { Op, OpDraft } from '../../src/core/ops/op.js';
import type { ProfileFields } from '../../src/core/ops/participants.js';

let counter = 0;

/** A fresh id in the op id format. */
export function testId(prefix = 'id'): string {
  counter += 1;
  return `${prefix}_${String(counter).padStart(8, '0')}`;
}

export interface OpBuilder {
  readonly deviceId: string;
  /** An op for `draft`, stamped by this device's clock at wall time `now` (ms). */
  op(draft: OpDraft, options?: { now?: number; actor?: string | null; id?: string }): Op;
}

export function opBuilder(deviceId: string, actor: string | null, start = Date.UTC(2026, 10, 27, 19)): OpBuilder {
  let seq = 0;
  let clock: HlcState = { wall: 0, counter: 0, node: deviceId };
  let wall = start;
  return {
    deviceId,
    op(draft, options = {}) {
      seq += 1;
      wall = options.now ?? wall + 1000;
      clock = tickClock(clock, wall);
      return {
        id: options.id ?? testId('op'),
        deviceId,
        seq,
        at: formatStamp(clock),
        actor: options.actor === undefined ? actor : options.actor,
        ...draft,
      } as Op;
    },
  };
}

export const TEST_ITEM: ItemFields = {
  names: { en: 'Blanket', es: 'Cobija' },
  icon: 'blanket',
  category: 'shelter',
  kind: 'tracked',
  unit: null,
  minimum: 5,
  perVisitLimit: 2,
  discreet: false,
  position: 10,
  retired: false,
};

export const TEST_PROFILE: ProfileFields = {
  preferredName: 'José',
  lastName: 'Martínez',
  aliases: ['Pepe'],
  pronouns: 'he/him',
  language: 'es',
  birthDate: '1980-04-02',
  referral: 'communityServiceProvider',
  kioskConfirmation: false,
};
