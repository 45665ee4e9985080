/**
 * Group commit for pushes (issue 19). Each push is acknowledged only once it is durable, and with
 * synchronous=FULL every commit waits for the disk: one transaction per push made that wait the
 * push's whole cost under load. Pushes that arrive together (in the same turn of the event loop)
 * are stored one after another in one transaction, each inside its own savepoint, and answered
 * after that one commit. Each push is stored and answered exactly as on its own: a later one
 * sees the earlier ones' ops (a repeat is a duplicate), one that fails is rolled back alone, and
 * none is answered before the commit that makes it durable.
 */
import type { Database } from 'better-sqlite3';
import type { PushInput, StoredBatch } from '../types.js';
import { storageErrorOf } from './errors.js';

interface Waiting {
  readonly input: PushInput;
  readonly resolve: (batch: StoredBatch) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly batch: StoredBatch } | { readonly error: unknown };

/**
 * A push function over `store` (which runs one batch in a transaction of its own; nested here,
 * that is a savepoint). `committed` hears of every group after its commit.
 */
export function groupedPushes(
  db: Database,
  store: (input: PushInput) => StoredBatch,
  committed: (batches: readonly StoredBatch[]) => void,
): (input: PushInput) => Promise<StoredBatch> {
  let waiting: Waiting[] = [];

  const storeGroup = db.transaction((group: readonly Waiting[]): Outcome[] => {
    const outcomes: Outcome[] = [];
    for (const push of group) {
      try {
        outcomes.push({ batch: store(push.input) });
      } catch (error) {
        // After SQLITE_FULL (and other I/O errors) SQLite may roll back the whole transaction,
        // not only this push's savepoint (https://sqlite.org/lang_transaction.html): the pushes
        // stored before it are gone too, and the ones after it would each commit on their own.
        // So the group fails whole, stopping here, and every push in it is answered with this
        // error, having stored nothing.
        if (!db.inTransaction) throw error;
        outcomes.push({ error });
      }
    }
    return outcomes;
  });

  function flush(): void {
    const group = waiting;
    waiting = [];
    let outcomes: Outcome[];
    try {
      outcomes = storeGroup(group);
    } catch (error) {
      // The commit itself failed: nothing of the group was stored.
      for (const push of group) push.reject(storageErrorOf(error));
      return;
    }
    committed(outcomes.flatMap((outcome) => ('batch' in outcome ? [outcome.batch] : [])));
    outcomes.forEach((outcome, index) => {
      const push = group[index] as Waiting;
      if ('batch' in outcome) push.resolve(outcome.batch);
      else push.reject(storageErrorOf(outcome.error));
    });
  }

  return (input) =>
    new Promise<StoredBatch>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (waiting.length === 1) setImmediate(flush);
    });
}
