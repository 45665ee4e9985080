/**
 * One sync round: push the outbox in batches (an entry leaves only once the server has answered
 * for it), then pull everything after the cursor (or a snapshot when there is none).
 */
import { stampWall } from '../core/ops/clock.js';
import type { Op } from '../core/ops/op.js';
import type { OpStore } from '../store/op-store.js';
import type { ApiFailure } from './http.js';
import type { SyncTransport } from './sync-transport.js';

/** `pushAgain`: the pull put ops back in the outbox (a replaced server); push, then pull again. */
export type CycleResult =
  | { readonly ok: true; readonly pushAgain?: true }
  | { readonly ok: false; readonly failure: ApiFailure };

const OK: CycleResult = { ok: true };
const PUSH_AGAIN: CycleResult = { ok: true, pushAgain: true };

export async function pushOutbox(store: OpStore, transport: SyncTransport, batchSize: number): Promise<CycleResult> {
  for (;;) {
    const batch = await store.outboxBatch(batchSize);
    if (batch.length === 0) return OK;
    const answer = await transport.push(batch, await store.deviceTime());
    if (!answer.ok) return { ok: false, failure: answer };
    const done: string[] = [];
    const rejected: { id: string; reason: string; message: string }[] = [];
    const settled: { id: string; at: string }[] = [];
    for (const result of answer.value.results) {
      if (result.status === 'rejected') {
        rejected.push({ id: result.id, reason: result.reason ?? 'rejected', message: result.message ?? '' });
      } else {
        done.push(result.id);
        if (result.at) settled.push({ id: result.id, at: result.at });
      }
    }
    // Stamps the server moved back (this device's clock ran ahead, ADR 0022) are kept here too.
    if (settled.length > 0) await store.keepSettledStamps(settled);
    await store.acknowledge(done);
    if (rejected.length > 0) await store.reject(rejected);
    // After the acknowledgement, so only ops the server has not seen move with a new clock offset.
    const moved = await store.noteServerClock({
      serverTime: answer.value.serverTime,
      settledShiftMs: settledShift(batch, settled),
    });
    if (rejected.length > 0 || settled.length > 0 || moved) {
      // Refused or re-stamped ops are folded into this device's views and a fold cannot be
      // undone: start the views again from the server's snapshot (which re-applies what waits).
      await store.resetCursor();
    }
    // An answer that settled none of the batch would loop forever; try again next round. It is a
    // failure so the pull does not take a snapshot over ops the server may already hold.
    if (done.length + rejected.length === 0) {
      return {
        ok: false,
        failure: {
          ok: false,
          status: 200,
          error: 'bad_response',
          message: 'The server answered for none of the changes sent.',
        },
      };
    }
  }
}

/**
 * How far the server moved this batch's stamps (its measure of this device's clock error), so ops
 * not sent yet move by exactly as much and keep their order after the ones it moved.
 */
function settledShift(batch: readonly Op[], settled: readonly { id: string; at: string }[]): number | undefined {
  const first = settled[0];
  const sent = first && batch.find((op) => op.id === first.id);
  if (!first || !sent) return undefined;
  return stampWall(first.at) - stampWall(sent.at);
}

/**
 * Pulls every page after the cursor. The next page is asked for while this one is stored, so the
 * network and the device's storage work side by side; pages are still stored in order, each
 * setting the cursor only once it is applied.
 */
export async function pullChanges(store: OpStore, transport: SyncTransport, pageSize: number): Promise<CycleResult> {
  for (;;) {
    const cursor = await store.getCursor();
    if (!cursor) {
      const snapshot = await transport.snapshot();
      if (!snapshot.ok) return { ok: false, failure: snapshot };
      await store.applySnapshot(snapshot.value);
      continue;
    }
    let next = transport.pull(cursor.cursor, { limit: pageSize });
    for (;;) {
      const page = await next;
      if (!page.ok) return { ok: false, failure: page };
      if (page.value.serverId !== cursor.serverId) {
        // The server's database was replaced (restored from a backup) and may lack what this
        // device sent it since: its own ops go back in the outbox and the cursor goes. They are
        // pushed before the snapshot is taken, which would otherwise fold twice those it has.
        await store.resendToReplacedServer();
        return PUSH_AGAIN;
      }
      const following = page.value.more ? transport.pull(page.value.cursor, { limit: pageSize }) : undefined;
      try {
        await store.applyPulled(page.value);
      } catch (error) {
        // Not stored: the page asked for meanwhile is dropped (its answer, or failure, unread).
        following?.catch(() => undefined);
        throw error;
      }
      if (!following) return OK;
      next = following;
    }
  }
}
