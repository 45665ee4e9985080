/**
 * The server side of the sync figures: a real server process with its first admin and the kiosks
 * open, an admin API client (Node, no browser), ops made the way devices make them and pushed
 * through `/api/sync/push` in full batches, and the head of the log.
 */
import type { APIRequestContext } from '@playwright/test';
import { Session } from '../../../src/core/auth/api.js';
import { centerDay } from '../../../src/core/day.js';
import type { Op, OpDraft } from '../../../src/core/ops/op.js';
import { MAX_PUSH_OPS, PullResponse, PushResponse } from '../../../src/core/sync/api.js';
import { apiFor, createFirstAdmin, E2E_ADMIN } from '../../../tests/e2e/support/accounts.js';
import { openKiosksAllDay } from '../../../tests/e2e/support/center.js';
import { opBuilder, testId } from '../../../tests/support/op-factory.js';
import { type ServerProcess, startServerProcess } from '../../../tests/support/server-process.js';
import { floorMixDrafts } from '../../support/bench-ops.js';

export interface BenchServer {
  readonly server: ServerProcess;
  /** Signed in as the admin (a session cookie), sending Origin like the app's page. */
  readonly api: APIRequestContext;
  readonly adminId: string;
  stop(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const server = await startServerProcess();
  await createFirstAdmin(server);
  await openKiosksAllDay(server);
  const api = await apiFor(server);
  await api.post('/api/session', { data: { loginName: E2E_ADMIN.loginName, secret: E2E_ADMIN.secret } });
  const session = Session.parse(await (await api.get('/api/session')).json());
  return {
    server,
    api,
    adminId: session.staff.id,
    async stop() {
      await api.dispose();
      await server.stop();
    },
  };
}

/**
 * What a busy floor records, by staff: stock received, requests made at the desk and answered
 * (the mix of bench/support/bench-ops.ts), stamped now, so the admin's session covers them.
 * `tag` goes into every id the ops name, so the same mix can be made twice without clashes.
 */
export function floorDrafts(count: number, tag: string): OpDraft[] {
  return floorMixDrafts(count, tag, centerDay(new Date()));
}

/** `count` participants enrolled by the admin, each with a preferred name for the kiosk directory. */
export function enrolmentDrafts(count: number, actor: string): OpDraft[] {
  const at = new Date().toISOString();
  return Array.from({ length: count }, (_, i) => ({
    type: 'participant.enrolled',
    payload: {
      participantId: `person_bench_${i}`,
      profile: {
        preferredName: `Person${i.toString(36)}`,
        lastName: 'Bench',
        aliases: [],
        pronouns: null,
        language: null,
        birthDate: null,
        referral: 'communityServiceProvider',
        kioskConfirmation: false,
      },
      consent: { agreed: true, at, recordedBy: actor, textVersion: '2026-11' },
    },
  }));
}

/** Drafts as ops of one admin device, stamped a millisecond apart ending now. */
export function asAdminOps(drafts: readonly OpDraft[], adminId: string): Op[] {
  const start = Date.now() - drafts.length;
  const builder = opBuilder(testId('bench_admin_device'), adminId, start);
  return drafts.map((draft, index) => builder.op(draft, { now: start + index }));
}

/** Pushes `ops` as the API client's caller in batches of `batch`; every op must be accepted. */
export async function pushAll(api: APIRequestContext, ops: readonly Op[], batch = MAX_PUSH_OPS): Promise<void> {
  for (let start = 0; start < ops.length; start += batch) {
    const slice = ops.slice(start, start + batch);
    const response = await api.post('/api/sync/push', { data: { ops: slice, deviceTime: Date.now() } });
    if (!response.ok()) throw new Error(`push failed: ${response.status()} ${await response.text()}`);
    const body = PushResponse.parse(await response.json());
    const refused = body.results.filter((result) => result.status !== 'accepted');
    if (refused.length > 0) throw new Error(`bench ops were refused: ${JSON.stringify(refused.slice(0, 3))}`);
  }
}

/** The cursor at the head of the log, as staff read it (pulling from `after` to the end). */
export async function headCursor(api: APIRequestContext, after = 0): Promise<number> {
  let cursor = after;
  for (;;) {
    const body = PullResponse.parse(await (await api.get(`/api/sync/pull?after=${cursor}&limit=1000`)).json());
    cursor = body.cursor;
    if (!body.more) return cursor;
  }
}
