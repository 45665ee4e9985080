/**
 * The two ways a write to the device can fail that people must hear about: the action itself is
 * invalid, or the device has no room left. Either way nothing was saved.
 */
import type { z } from '../core/schema.js';

/** An op that does not match the shared schema: a bug in the screen that built it. */
export class InvalidOpError extends Error {
  override readonly name = 'InvalidOpError';
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(type: string, issues: readonly z.core.$ZodIssue[]) {
    const details = issues.map((issue) => `${issue.path.join('.') || 'op'} ${issue.message}`).join('; ');
    super(`Could not save ${type}: ${details}`);
    this.issues = issues;
  }
}

/** IndexedDB ran out of quota. The message is for people; screens may show their own translation. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(options?: { cause?: unknown }) {
    super(
      'The storage on this device is full, so nothing was saved. Free up space on the device, then try again.',
      options,
    );
  }
}

/** True for IndexedDB's quota error, whether it came from a request or from the aborted transaction. */
export function isQuotaExceeded(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}
