/**
 * The key that signs trust cookies (server/auth/trust-cookie.ts), kept in the meta table so a
 * restart, or another server process, does not turn every known browser into a stranger.
 */
import type { PgDb } from './db.js';

const KEY_NAME = 'trust_cookie_key';

/** The kept key; `candidate` becomes it when none was kept before (the first process to ask wins). */
export async function trustCookieKey(db: PgDb, candidate: string): Promise<string> {
  await db
    .insertInto('meta')
    .values({ key: KEY_NAME, value: candidate })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('meta').select('value').where('key', '=', KEY_NAME).executeTakeFirstOrThrow();
  return row.value;
}
