/**
 * The pull feed's query on PostgreSQL, built so a pull never skips an op that commits late
 * (issue 17). Pure: it returns SQL text and values; the caller runs them.
 *
 * Why `WHERE cursor > $after` is not enough here: cursors come from a sequence when a row is
 * inserted, but rows become visible when their transaction commits. T1 takes cursor 5, T2 takes 6
 * and commits first; a pull then serves 6, the device stores 6, and when T1 commits its 5 is
 * behind every later pull. (SQLite has one writer, so there the order of cursors is the order of
 * commits.)
 *
 * The technique: every row records `tx_id`, the id of the transaction that wrote it
 * (`pg_current_xact_id()`), and a pull serves only rows whose transaction is older than the
 * oldest one still running, `pg_snapshot_xmin(pg_current_snapshot())`. Transaction ids are
 * handed out in increasing order and a new writer always gets one above that xmin, so the set of
 * rows below it is final: nothing can join it later. (pg_current_snapshot() is the statement's own
 * snapshot, so every row below its xmin that committed is one this same statement sees.) The position a device keeps is therefore
 * (tx_id, cursor), and rows are served in that order. Keeping just the cursor would still skip:
 * a transaction that got its id early (by writing elsewhere first) can take a HIGHER cursor than
 * a younger one and commit first (late-commit.test.ts shows both cases).
 *
 * The cost: a long transaction anywhere in the cluster holds the feed back (it delays ops, it
 * never loses them); keep push transactions short.
 */

/** Where a device is in the feed: the last op it has, by (tx_id, cursor). */
export interface FeedPosition {
  /** The xid8 of the last served op's transaction, as decimal text (it may exceed 2^53). */
  readonly txId: string;
  readonly cursor: number;
}

/** Before the first op. */
export const FEED_START: FeedPosition = { txId: '0', cursor: 0 };

export interface SqlQuery {
  readonly text: string;
  readonly values: readonly unknown[];
}

/**
 * Ops after `after`, oldest first, only from transactions that can no longer change what a pull
 * sees. Each row carries `tx_id` as text so the caller can make the next position from the last row.
 */
export function opsAfterSql(after: FeedPosition, limit: number): SqlQuery {
  if (!/^\d+$/.test(after.txId)) throw new RangeError(`Not a transaction id: ${after.txId}`);
  if (!Number.isSafeInteger(after.cursor) || after.cursor < 0) throw new RangeError(`Not a cursor: ${after.cursor}`);
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`Not a page size: ${limit}`);
  return {
    // The row comparison walks the (tx_id, cursor) index ops_by_tx.
    text: `SELECT cursor, tx_id::text AS tx_id, id, device_id, device_seq, type, at, actor, body
             FROM ops
            WHERE (tx_id, cursor) > ($1::xid8, $2::bigint)
              AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY tx_id, cursor
            LIMIT $3`,
    values: [after.txId, after.cursor, limit],
  };
}

/** The position after a page of rows from opsAfterSql (unchanged when the page is empty). */
export function positionAfter(
  after: FeedPosition,
  rows: readonly { readonly tx_id: string; readonly cursor: number }[],
): FeedPosition {
  const last = rows.at(-1);
  return last ? { txId: last.tx_id, cursor: last.cursor } : after;
}
