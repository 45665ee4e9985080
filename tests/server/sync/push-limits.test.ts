import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUSH_BODY_LIMIT } from '../../../server/http/body-limits.js';
import { formatStamp } from '../../../src/core/ops/clock.js';
import { Op } from '../../../src/core/ops/op.js';
import { MAX_OP_BYTES, MAX_PUSH_OPS } from '../../../src/core/sync/api.js';
import { push, type SyncWorld, startSyncWorld } from './sync-support.js';

/**
 * The push body limit fits the largest push a device may legitimately send: MAX_PUSH_OPS of the
 * largest op the schemas allow (a count of 500 items with a full note, every id at its longest).
 */
const longId = (prefix: string, n: number) => `${prefix}_${String(n).padStart(64 - prefix.length - 1, '0')}`;

function largestOp(n: number): Op {
  const deviceId = longId('device', 1);
  return {
    id: longId('op', n),
    deviceId,
    seq: Number.MAX_SAFE_INTEGER - n,
    at: formatStamp({ wall: 9_999_999_999_999, counter: 99_999, node: deviceId }),
    actor: longId('staff', 1),
    type: 'stock.counted',
    payload: {
      countId: longId('count', n),
      items: Array.from({ length: 500 }, (_, i) => ({
        itemId: longId('item', i),
        counted: 100_000,
        believed: -Number.MAX_SAFE_INTEGER,
      })),
      // Four bytes of UTF-8 per character: the most a 500-character note can weigh.
      note: '😀'.repeat(500),
    },
  };
}

describe('the push body limit', () => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await startSyncWorld();
  });
  afterAll(async () => {
    await world.server.close();
  });

  it('is above the largest op the schemas accept', () => {
    const op = largestOp(1);
    expect(Op.safeParse(op).success).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(op))).toBeLessThanOrEqual(MAX_OP_BYTES);
  });

  it('lets a push of the most ops, each the largest, through to be answered op by op', async () => {
    const ops = Array.from({ length: MAX_PUSH_OPS }, (_, n) => largestOp(n));
    expect(Buffer.byteLength(JSON.stringify({ ops }))).toBeLessThanOrEqual(PUSH_BODY_LIMIT);
    // A kiosk may not record counts: each op is read, validated and refused on its own merits.
    const response = await push(world.kiosk, ops);
    expect(response.status).toBe(200);
    expect(response.body.results).toHaveLength(MAX_PUSH_OPS);
    for (const result of response.body.results) {
      expect(result.status).toBe('rejected');
      expect(result.reason).not.toBe('invalid');
    }
  });
});
