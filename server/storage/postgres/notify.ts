/**
 * Telling every server process on one PostgreSQL database that ops were stored (LISTEN/NOTIFY),
 * so a push through any process wakes the long-polling pulls held by all of them.
 * The notification carries nothing: a woken pull reads the feed itself.
 */
import { sql } from 'kysely';
import pg from 'pg';
import type { PgDb } from './db.js';

export const OPS_CHANNEL = 'dropin_ops';

/**
 * Run inside the transaction that stores the ops: PostgreSQL delivers a notification when its
 * transaction commits, after the rows are visible, and never if it rolls back.
 */
export async function notifyNewOps(db: PgDb): Promise<void> {
  await sql`SELECT pg_notify(${OPS_CHANNEL}, '')`.execute(db);
}

export interface NewOpsListener {
  /** Resolves once LISTEN is first in place (or the listener was closed before). */
  readonly listening: Promise<void>;
  /** Stops reconnecting and ends the connection. */
  close(): Promise<void>;
}

export interface ListenOptions {
  /** The first wait before reconnecting; it doubles per failed attempt, up to `maxDelayMs`. */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Told of each lost connection or failed attempt (to log it); the listener carries on. */
  readonly onError?: (error: Error) => void;
}

/**
 * Calls `listener` for each notification on OPS_CHANNEL, over a connection of its own (a pooled
 * one would be handed to queries, and LISTEN belongs to a session). When the connection is lost
 * it reconnects with capped backoff, and calls `listener` once after each reconnect: ops may have
 * been stored while it was down, and a spurious wake costs a held pull one round trip.
 */
export function listenForNewOps(url: string, listener: () => void, options: ListenOptions = {}): NewOpsListener {
  const { minDelayMs = 250, maxDelayMs = 15_000, onError } = options;
  let closed = false;
  let current: { readonly retire: () => Promise<void> } | undefined;
  let attempt: Promise<void> = Promise.resolve();
  let retryTimer: NodeJS.Timeout | undefined;
  let failedAttempts = 0;
  let losses = 0;
  let markListening = () => {};
  const listening = new Promise<void>((resolve) => {
    markListening = resolve;
  });

  const scheduleRetry = () => {
    failedAttempts += 1;
    const delay = Math.min(maxDelayMs, minDelayMs * 2 ** (failedAttempts - 1));
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      attempt = connect();
    }, delay);
    // The connection, not a pending retry, is what keeps a server process alive.
    retryTimer.unref();
  };

  const connect = async (): Promise<void> => {
    if (closed) return;
    // TCP keepalive: an idle LISTEN connection whose network silently went away must still end,
    // so that it is replaced. Until then pulls are late by at most their wait (under 20 s), never lost.
    const client = new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
    let retired = false;
    let ended: Promise<void> | undefined;
    const retire = () => {
      retired = true;
      // A broken client still holds its socket until ended; pg's end() settles once it closed.
      ended ??= client.end().catch(() => {});
      return ended;
    };
    const lose = (error?: Error) => {
      if (retired) return;
      void retire();
      if (current?.retire === retire) current = undefined;
      if (error) onError?.(error);
      if (closed) return;
      losses += 1;
      scheduleRetry();
    };
    current = { retire };
    client.on('error', lose);
    client.on('end', () => lose());
    client.on('notification', (message) => {
      if (message.channel === OPS_CHANNEL) listener();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OPS_CHANNEL}`);
    } catch (error) {
      lose(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (retired || closed) return;
    failedAttempts = 0;
    markListening();
    if (losses > 0) listener();
  };

  attempt = connect();
  return {
    listening,
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      markListening();
      await attempt;
      await current?.retire();
      current = undefined;
    },
  };
}

export interface NewOpsSubscriptions {
  /** Resolves once LISTEN is in place; rejects with the error if the first connection fails. */
  readonly ready: Promise<void>;
  /** Adds a listener; returns its unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Ends the LISTEN connection. */
  close(): Promise<void>;
}

/**
 * A storage's new-ops listeners over ONE LISTEN connection, opened at once: the storage opens
 * only when it is `ready`, so a listener subscribed after that hears every later store. Its own
 * pushes come back to it through PostgreSQL like any other process's.
 */
export function newOpsSubscriptions(url: string, options: ListenOptions = {}): NewOpsSubscriptions {
  const listeners = new Set<() => void>();
  let failFirst: (error: Error) => void = () => {};
  const firstFailure = new Promise<never>((_resolve, reject) => {
    failFirst = reject;
  });
  // Once ready has settled, a later loss only reconnects: this rejection is no one's to handle.
  firstFailure.catch(() => {});
  const connection = listenForNewOps(
    url,
    () => {
      for (const listener of [...listeners]) listener();
    },
    {
      ...options,
      onError: (error) => {
        failFirst(error);
        options.onError?.(error);
      },
    },
  );
  return {
    ready: Promise.race([connection.listening, firstFailure]),
    subscribe(listener) {
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const entry = () => listener();
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    close: () => connection.close(),
  };
}
