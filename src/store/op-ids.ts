/**
 * Random ids made on the device: op ids, and the device id of a staff browser that was never
 * paired. 128 random bits as 32 hex characters, which the core `Id` schema accepts.
 */
import type { DropinDb } from './db.js';

/** 16 bytes from `crypto.getRandomValues`, as 32 lowercase hex characters. */
export function newRandomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const RANDOM_ID = /^[0-9a-f]{32}$/;

/** This browser's own device id, made and stored on first use (read and write in one transaction). */
export async function localDeviceId(db: DropinDb): Promise<string> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const stored = await tx.store.get('localDeviceId');
  if (typeof stored === 'string' && RANDOM_ID.test(stored)) {
    await tx.done;
    return stored;
  }
  const id = newRandomId();
  await Promise.all([tx.store.put(id, 'localDeviceId'), tx.done]);
  return id;
}
