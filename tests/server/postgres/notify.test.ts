/**
 * Waking other server processes through PostgreSQL (server/storage/postgres/notify.ts): a
 * notification sent in a transaction reaches a listener on another connection when, and only if,
 * that transaction commits; a listener whose connection is lost reconnects and carries on.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { type OpenedPostgres, openPostgres } from '../../../server/storage/postgres/connect.js';
import {
  listenForNewOps,
  type NewOpsListener,
  newOpsSubscriptions,
  notifyNewOps,
  OPS_CHANNEL,
} from '../../../server/storage/postgres/notify.js';
import { createDatabase } from '../../support/postgres.js';
import { createTestDatabase } from '../../support/postgres-database.js';

/** Other files share the cluster: a notification takes a moment, so tests wait for what they hear. */
const HEARD = { timeout: 15_000, interval: 10 };
const FAST_RETRY = { minDelayMs: 10, maxDelayMs: 100 };

describe('new-ops notifications on PostgreSQL', () => {
  let url: string;
  let opened: OpenedPostgres;
  /** A plain connection for what the app never does (finding and killing a backend). */
  let admin: pg.Client;
  const listeners: NewOpsListener[] = [];

  beforeAll(async () => {
    url = await createTestDatabase('notify');
    opened = await openPostgres(url);
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((listener) => listener.close()));
  });
  afterAll(async () => {
    await admin?.end();
    await opened?.close();
  });

  /** Listens like another server process would, counting what it hears. */
  async function listen(options: { onError?: (error: Error) => void } = {}) {
    const counter = { heard: 0 };
    const listener = listenForNewOps(
      url,
      () => {
        counter.heard += 1;
      },
      { ...FAST_RETRY, ...options },
    );
    listeners.push(listener);
    await listener.listening;
    return counter;
  }

  const notifyInCommittedTransaction = () => opened.db.transaction().execute((trx) => notifyNewOps(trx));

  /** Backends of this database that are listening (their last statement was the LISTEN). */
  async function listeningBackends(): Promise<number[]> {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = $1`,
      [`LISTEN ${OPS_CHANNEL}`],
    );
    return rows.map((row) => row.pid);
  }

  it('wakes a listener on another connection when the notifying transaction commits, not before', async () => {
    const counter = await listen();
    await opened.db.transaction().execute(async (trx) => {
      await notifyNewOps(trx);
      // Still uncommitted: a notification committed meanwhile arrives first, and alone.
      await notifyInCommittedTransaction();
      await vi.waitFor(() => expect(counter.heard).toBe(1), HEARD);
    });
    await vi.waitFor(() => expect(counter.heard).toBe(2), HEARD);
  });

  it('never delivers the notification of a transaction that rolled back', async () => {
    const counter = await listen();
    await expect(
      opened.db.transaction().execute(async (trx) => {
        await notifyNewOps(trx);
        throw new Error('the push failed');
      }),
    ).rejects.toThrow('the push failed');
    // Delivered in commit order: had the rolled-back one been sent, it would come before this one.
    await notifyInCommittedTransaction();
    await vi.waitFor(() => expect(counter.heard).toBeGreaterThanOrEqual(1), HEARD);
    expect(counter.heard).toBe(1);
  });

  it('reconnects after its connection is killed, wakes once for what it may have missed, and hears later ones', async () => {
    const errors: Error[] = [];
    const counter = await listen({ onError: (error) => errors.push(error) });
    const [pid] = await listeningBackends();
    expect(pid).toBeDefined();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);

    await vi.waitFor(() => expect(counter.heard).toBe(1), HEARD);
    expect(errors.length).toBeGreaterThan(0);
    // The killed backend may take a moment to leave pg_stat_activity.
    await vi.waitFor(async () => {
      const now = await listeningBackends();
      expect(now).toHaveLength(1);
      expect(now[0]).not.toBe(pid);
    }, HEARD);
    await notifyInCommittedTransaction();
    await vi.waitFor(() => expect(counter.heard).toBe(2), HEARD);
  });

  it('keeps trying while the database is not there, and listens once it is', async () => {
    const adminUrl = inject('postgresUrl');
    const name = `notify_later_${randomBytes(4).toString('hex')}`;
    const later = new URL(adminUrl);
    later.pathname = `/${name}`;
    const errors: Error[] = [];
    const listener = listenForNewOps(later.toString(), () => {}, { ...FAST_RETRY, onError: (e) => errors.push(e) });
    listeners.push(listener);
    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2), HEARD);
    expect(errors[0]?.message).toMatch(/does not exist/);

    await createDatabase(adminUrl, name);
    await listener.listening;
  });

  it("lets a storage's open fail at once, with PostgreSQL's reason, when its first LISTEN connection fails", async () => {
    const missing = new URL(inject('postgresUrl'));
    missing.pathname = `/notify_never_${randomBytes(4).toString('hex')}`;
    const subscriptions = newOpsSubscriptions(missing.toString(), FAST_RETRY);
    try {
      await expect(subscriptions.ready).rejects.toThrow(/does not exist/);
    } finally {
      await subscriptions.close();
    }
  });

  it('stops listening on close and does not come back', async () => {
    const counter = await listen();
    expect(await listeningBackends()).toHaveLength(1);
    await listeners.splice(0)[0]?.close();
    await vi.waitFor(async () => expect(await listeningBackends()).toEqual([]), HEARD);
    // A listener that was still running would hear this; the closed one must not.
    const witness = await listen();
    await notifyInCommittedTransaction();
    await vi.waitFor(() => expect(witness.heard).toBe(1), HEARD);
    expect(counter.heard).toBe(0);
    expect(await listeningBackends()).toHaveLength(1);
  });
});
