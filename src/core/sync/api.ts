/**
 * The sync protocol: push ops (each answered on its own), pull ops after a cursor (filtered by
 * role), and a snapshot for a device that has no cursor yet. Shared by server and sync client.
 */
import { DirectoryEntry } from '../fold/directory.js';
import { HLC_MAX_LENGTH, HLC_PATTERN } from '../ops/clock.js';
import { Op } from '../ops/op.js';
import { z } from '../schema.js';

export const MAX_PUSH_OPS = 200;
/**
 * The most bytes one op can take as JSON: the largest the schemas allow (a count of 500 items
 * with a full note) is about 63 KB. Pushes are limited to MAX_PUSH_OPS of these.
 */
export const MAX_OP_BYTES = 64 * 1024;
export const MAX_PULL_OPS = 1000;
/** Longest a pull may wait for new ops (long-poll), in seconds; below the client's 20 s timeout. */
export const MAX_PULL_WAIT_SECONDS = 15;

/**
 * What a device says of its own storage with a push or pull: `full` after a change could not be
 * saved for want of space, `ok` once one was saved again. Left out when it does not know yet.
 * A kiosk has no staff beside it, so this is how staff hear of it (the Devices page, Today).
 */
export const DeviceStorageReport = z
  .enum(['ok', 'full'])
  .describe(
    "This device's own storage: `full` when it could not save a change for want of space, `ok` once it saved one again; recorded on the calling device only.",
  );
export type DeviceStorageReport = z.infer<typeof DeviceStorageReport>;

export const PushRequest = z
  .object({
    // Each op is validated on its own, so one bad op is rejected without failing the batch.
    ops: z
      .array(z.unknown())
      .min(1)
      .max(MAX_PUSH_OPS)
      .describe('Ops, oldest first; each must match the Op schema (components.schemas.OpInput) on its own'),
    deviceTime: z
      .number()
      .int()
      .min(0)
      .max(8_640_000_000_000_000)
      .optional()
      .describe(
        "What the device's clock read when it sent this (ms since 1970). The server uses it to place the ops' times on its own clock when the device's clock is off.",
      ),
    deviceStorage: DeviceStorageReport.optional(),
  })
  .meta({ id: 'PushRequest' });
export type PushRequest = z.infer<typeof PushRequest>;

export const PushStatus = z.enum(['accepted', 'duplicate', 'rejected']);
export type PushStatus = z.infer<typeof PushStatus>;

export const PushResult = z.object({
  /** The op's id, or `#<index>` when the op had no readable id. */
  id: z.string(),
  status: PushStatus,
  /** Why it was rejected: a stable code (`invalid`, `forbidden`, `device_mismatch`, ...). */
  reason: z.string().optional(),
  message: z.string().optional(),
  /**
   * The stamp the server kept, when it is not the one sent: a stamp far ahead of the server's
   * clock is moved back (ADR 0022). The device keeps this one too.
   */
  at: z.string().max(HLC_MAX_LENGTH).regex(HLC_PATTERN).optional(),
});
export type PushResult = z.infer<typeof PushResult>;

export const PushResponse = z
  .object({
    serverId: z.string(),
    results: z.array(PushResult),
    serverTime: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        "The server's clock when it answered (ms since 1970): a device whose clock is off corrects its stamps by it",
      ),
  })
  .meta({ id: 'PushResponse' });
export type PushResponse = z.infer<typeof PushResponse>;

export const PullQuery = z.object({
  after: z.coerce.number().int().min(0).default(0).describe('The cursor from the previous pull'),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_OPS).default(500),
  wait: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_PULL_WAIT_SECONDS)
    .default(0)
    .describe('Seconds to wait for new ops when there are none (long-poll)'),
  deviceStorage: DeviceStorageReport.optional(),
});
export type PullQuery = z.infer<typeof PullQuery>;

/** A materialized view record (see src/core/fold/views.ts), keyed like the stores key it. */
export const ViewRecord = z.object({ key: z.string(), view: z.looseObject({ kind: z.string() }) });
export type ViewRecord = z.infer<typeof ViewRecord>;

export const PullResponse = z
  .object({
    serverId: z.string().describe('Changes when the server database is replaced: start again from a snapshot'),
    cursor: z.number().int().min(0).describe('Pass as `after` next time'),
    more: z.boolean().describe('More ops are waiting: pull again at once'),
    ops: z.array(Op),
    /** Kiosks only: stock views changed in this page (kiosks do not receive stock ops). */
    views: z.array(ViewRecord),
    /** Kiosks only: directory entries changed in this page. */
    directory: z.array(DirectoryEntry),
  })
  .meta({ id: 'PullResponse' });
export type PullResponse = z.infer<typeof PullResponse>;

export const SnapshotResponse = z
  .object({
    serverId: z.string(),
    cursor: z.number().int().min(0).describe('The views include every op up to here'),
    views: z.array(ViewRecord),
    directory: z.array(DirectoryEntry),
  })
  .meta({ id: 'SnapshotResponse' });
export type SnapshotResponse = z.infer<typeof SnapshotResponse>;
