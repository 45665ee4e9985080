/**
 * The server's `retention.applied` op: once per cut-off day, so every device that pulls it
 * rewrites its own store by the same rule (anonymise.ts) and holds no older link either.
 */
import { formatStamp, initialClock, tickClock } from '../ops/clock.js';
import type { OpOf } from '../ops/op.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Made by the server `serverId` at `now`. Its device id is the server's retention device (not the
 * seed catalog's or the sites'), and its number the cut-off's day count, so each cut-off has one
 * op and numbers never meet.
 */
export function retentionAppliedOp(serverId: string, now: Date, before: string): OpOf<'retention.applied'> {
  const deviceId = `srv_retention_${serverId}`;
  return {
    id: `retention_${before}`,
    deviceId,
    seq: Math.floor(Date.parse(`${before}T00:00:00Z`) / DAY_MS),
    at: formatStamp(tickClock(initialClock(deviceId), now.getTime())),
    actor: null,
    type: 'retention.applied',
    payload: { before },
  };
}
