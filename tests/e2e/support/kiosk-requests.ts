/**
 * Waiting requests made for a test through the sync API, as a kiosk paired for it would push
 * them, stamped at a time in the past: an "old" request without waiting for time to pass.
 */
import { expect } from '@playwright/test';
import { centerDay } from '../../../src/core/day.js';
import type { Op } from '../../../src/core/ops/op.js';
import type { RequestedItem } from '../../../src/core/ops/requests.js';
import { PushResponse } from '../../../src/core/sync/api.js';
import { opBuilder, testId } from '../../support/op-factory.js';
import type { ServerProcess } from '../../support/server-process.js';
import { apiFor, newPairingCode } from './accounts.js';
import { uniqueDeviceName } from './names.js';

export interface OldRequest {
  /** A visitor's first name, shown on the request's card. */
  readonly name: string;
  readonly ticket: string;
  /** How long ago they checked in and asked. */
  readonly minutesAgo: number;
  readonly items: readonly RequestedItem[];
}

/** Pairs a kiosk of its own and pushes a visitor check-in and a request for each entry, all accepted. */
export async function pushOldRequests(server: ServerProcess, requests: readonly OldRequest[]): Promise<void> {
  const code = await newPairingCode(server, uniqueDeviceName('Test kiosk'));
  const api = await apiFor(server);
  const paired = await api.post('/api/devices/pair', { data: { code } });
  expect(paired.status(), await paired.text()).toBe(200);
  const { token, device } = (await paired.json()) as { token: string; device: { id: string } };
  const builder = opBuilder(device.id, null);
  const ops: Op[] = [];
  // Oldest first, so the device's clock only moves forward.
  for (const request of [...requests].sort((a, b) => b.minutesAgo - a.minutesAgo)) {
    const now = Date.now() - request.minutesAgo * 60_000;
    const day = centerDay(new Date(now));
    const visitId = testId('visit');
    ops.push(
      builder.op(
        {
          type: 'visit.checkedIn',
          payload: { visitId, day, ticket: request.ticket, who: 'visitor', name: request.name },
        },
        { now },
      ),
      builder.op(
        {
          type: 'request.created',
          payload: {
            requestId: testId('request'),
            visitId,
            day,
            participantId: null,
            ticket: request.ticket,
            items: [...request.items],
          },
        },
        { now: now + 1 },
      ),
    );
  }
  const response = await api.post('/api/sync/push', { data: { ops }, headers: { authorization: `Bearer ${token}` } });
  const body = PushResponse.parse(await response.json());
  expect(body.results.map((result) => result.status)).toEqual(ops.map(() => 'accepted'));
  await api.dispose();
}
