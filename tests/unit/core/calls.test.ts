import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_SHOWN_FOR_MS, CALLED_SHOWN, calledNumbers } from '../../../src/core/floor/called-numbers.js';
import { foldOps } from '../../../src/core/fold/apply.js';
import { callStateOf } from '../../../src/core/fold/calls.js';
import type { CallView } from '../../../src/core/fold/views.js';
import type { Op, OpDraft } from '../../../src/core/ops/op.js';
import { opBuilder } from '../../support/op-factory.js';
import { deliveriesArb } from './op-arbitraries.js';

const DAY = '2026-11-27';
const START = Date.UTC(2026, 10, 27, 19);
const call = (requestId: string, ticket: string, day = DAY): OpDraft => ({
  type: 'ticket.called',
  payload: { requestId, ticket, day },
});
const noAnswer = (requestId: string): OpDraft => ({ type: 'ticket.notAnswered', payload: { requestId } });
const callView = (views: Map<string, unknown>, requestId: string) => views.get(`call:${requestId}`) as CallView;

describe('calling a number', () => {
  it('counts calls and keeps the latest; "no answer" holds only until the next call', () => {
    const desk = opBuilder('device_desk', 'staff_000001');
    const first = desk.op(call('request_1', 'A-17'));
    const missed = desk.op(noAnswer('request_1'));
    let views = foldOps([first, missed]);
    expect(callStateOf(callView(views, 'request_1'))).toBe('noAnswer');
    const again = desk.op(call('request_1', 'A-17'));
    views = foldOps([first, missed, again]);
    const view = callView(views, 'request_1');
    expect(view).toMatchObject({ ticket: 'A-17', day: DAY, calls: 2, lastCall: { opId: again.id } });
    expect(callStateOf(view)).toBe('called');
  });

  it('is not called before any call, even when "no answer" arrives first', () => {
    const desk = opBuilder('device_desk', 'staff_000001');
    expect(callStateOf(undefined)).toBeNull();
    expect(callStateOf(callView(foldOps([desk.op(noAnswer('request_1'))]), 'request_1'))).toBeNull();
  });

  it('gives the same views whatever order calls from several devices arrive in', () => {
    const draftArb = fc.oneof(
      fc.constantFrom('request_1', 'request_2').map((id) => call(id, id === 'request_1' ? 'A-1' : 'B-2')),
      fc.constantFrom('request_1', 'request_2').map(noAnswer),
    );
    const opsArb = fc
      .array(fc.record({ device: fc.integer({ min: 0, max: 2 }), draft: draftArb, step: fc.nat(2000) }), {
        minLength: 1,
        maxLength: 25,
      })
      .map((script) => {
        const builders = [0, 1, 2].map((n) => opBuilder(`device_${n}`, 'staff_000001'));
        const walls = [START, START, START];
        return script.map(({ device, draft, step }, index): Op => {
          walls[device] = (walls[device] ?? START) + step;
          return (builders[device] as ReturnType<typeof opBuilder>).op(draft, {
            now: walls[device],
            id: `op_${String(index).padStart(6, '0')}`,
          });
        });
      });
    fc.assert(
      fc.property(
        opsArb.chain((ops) => fc.tuple(fc.constant(ops), deliveriesArb(ops))),
        ([ops, delivered]) => {
          expect(foldOps(delivered)).toEqual(foldOps(ops));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the lobby display list', () => {
  it('shows the latest call first, and a number called again moves to the top', () => {
    const desk = opBuilder('device_desk', 'staff_000001');
    const ops = [
      desk.op(call('request_1', 'A-1')),
      desk.op(call('request_2', 'A-2')),
      desk.op(call('request_3', 'B-1')),
    ];
    const now = START + 60_000;
    expect(calledNumbers(foldOps(ops).values(), DAY, now).map((n) => n.ticket)).toEqual(['B-1', 'A-2', 'A-1']);
    ops.push(desk.op(call('request_1', 'A-1')));
    expect(calledNumbers(foldOps(ops).values(), DAY, now).map((n) => n.ticket)).toEqual(['A-1', 'B-1', 'A-2']);
  });

  it('leaves out numbers nobody answered, other days, old calls, and shows only a few', () => {
    const desk = opBuilder('device_desk', 'staff_000001');
    const ops = [
      desk.op(call('request_old', 'C-1')),
      desk.op(call('request_gone', 'C-2')),
      desk.op(noAnswer('request_gone')),
      desk.op(call('request_yesterday', 'C-3', '2026-11-26')),
    ];
    for (let n = 1; n <= CALLED_SHOWN + 2; n += 1) ops.push(desk.op(call(`request_${n}`, `A-${n}`)));
    const now = START + 60_000;
    const shown = calledNumbers(foldOps(ops).values(), DAY, now).map((n) => n.ticket);
    expect(shown).toHaveLength(CALLED_SHOWN);
    expect(shown[0]).toBe(`A-${CALLED_SHOWN + 2}`);
    expect(shown).not.toContain('C-2');
    expect(shown).not.toContain('C-3');
    const later = START + CALL_SHOWN_FOR_MS + 3_000;
    const stillShown = calledNumbers(foldOps(ops).values(), DAY, later).map((n) => n.ticket);
    expect(stillShown).not.toContain('C-1');
    expect(stillShown.length).toBeGreaterThan(0);
  });
});
