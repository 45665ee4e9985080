/**
 * The server's storage, one small async interface per area (issue 17, ADR 0018). Routes and the
 * auth hook see only this: no engine type, no SQL. Every write that must be atomic is ONE method,
 * which holds its transaction inside, so no caller ever begins and commits across an await.
 */
import type { AuditEntry, Device, DeviceRole, StaffAccount, StaffRole } from '../../src/core/auth/api.js';
import type { View } from '../../src/core/fold/views.js';
import type { Op } from '../../src/core/ops/op.js';
import type { SiteFilter } from '../../src/core/sites/site.js';
import type { DeviceStorageReport, PushResult, SnapshotResponse } from '../../src/core/sync/api.js';
import type { HmisSource } from '../exports/hmis-source.js';
import type { FeedPage, Scope } from '../sync/feed.js';

export interface Storage {
  readonly ops: OpLogStorage;
  readonly accounts: AccountStorage;
  readonly devices: DeviceStorage;
  readonly audit: AuditStorage;
  readonly reports: ReportStorage;
  readonly throttles: ThrottleStorage;
  /**
   * Calls `listener` after ops were stored by ANY server process on this database (a push that
   * accepted some, or the server's own ops), so long-polling pulls held here wake. It may call it
   * more often than that (after a lost connection, in case one was missed), never with data:
   * the listener reads the feed itself. A listener must not throw (the storage calls it).
   * Returns the unsubscribe.
   */
  onNewOps(listener: () => void): () => void;
  /** A cheap query that proves the database answers; false (never a throw) when it does not. */
  healthy(): Promise<boolean>;
  /** The schema version the database is at. */
  schemaVersion(): Promise<number>;
  /** Leaves the database complete on disk (a copy of the data folder is a backup) and closes it. */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Audit log

export type AuditDetail = Record<string, string | number | boolean | null>;

/** One entry for the audit log. Never a secret: only names and ids in `detail`. */
export interface AuditRecord {
  readonly action: string;
  readonly actorId?: string | null | undefined;
  readonly deviceId?: string | null | undefined;
  readonly target?: string | null | undefined;
  readonly detail?: AuditDetail;
}

export interface AuditPage {
  readonly entries: AuditEntry[];
  readonly nextBefore: number | null;
}

export interface AuditStorage {
  record(at: Date, entry: AuditRecord): Promise<void>;
  /** Newest first; `before` is the id to continue below (from the previous page's nextBefore). */
  list(page: { readonly before?: number | undefined; readonly limit: number }): Promise<AuditPage>;
}

// ---------------------------------------------------------------------------------------------
// Op log and views

/** Who pushed a batch, as the server knows it (server/auth/caller.ts). */
export interface Pusher {
  readonly device: Device | undefined;
  readonly staff: StaffAccount | undefined;
}

export interface StoredBatch {
  readonly results: PushResult[];
  /** How many ops were new (accepted). */
  readonly accepted: number;
}

export interface PushInput {
  readonly ops: readonly unknown[];
  readonly pusher: Pusher;
  readonly now: Date;
  /** What the pushing device's clock read when it sent the batch, if it said. */
  readonly deviceTime?: number | undefined;
  /** The pushing device's last sync, noted in the same transaction. */
  readonly noteSyncOf?: string | undefined;
}

export interface OpLogStorage {
  /** Tells this database apart from a restored or replaced one. */
  serverId(): Promise<string>;
  /** The cursor of the newest stored op (0 for none). */
  latestCursor(): Promise<number>;
  /** One materialized view by key (e.g. `site:<id>`), as the ops so far made it. */
  findView(key: string): Promise<View | undefined>;
  /**
   * Validates, checks (server/sync/op-rules.ts) and stores a pushed batch in one transaction,
   * with the views it changes and the audit entries it causes; answers per op.
   */
  push(input: PushInput): Promise<StoredBatch>;
  /** One page of what changed after `after`, filtered for `scope` and `site`, read consistently; its ops as stored text. */
  pullPage(scope: Scope, after: number, limit: number, site?: SiteFilter): Promise<FeedPage>;
  /** Everything a device without a cursor starts from (of `site`), consistent with its cursor. */
  snapshot(scope: Scope, now: Date, site?: SiteFilter): Promise<SnapshotResponse>;
  /**
   * Appends the server's own ops once per `marker` (kept in the database): false, and nothing
   * stored, when the marker was set before. `makeOps` gets the server id.
   */
  appendServerOpsOnce(marker: string, now: Date, makeOps: (serverId: string) => readonly Op[]): Promise<boolean>;
  /**
   * issue 20 — retention: in one transaction, looks at up to `limit` ops that can link a person,
   * after cursor `after`, and rewrites those of center days before `before` (and their views) by
   * the rule in src/core/retention. Each op keeps its cursor. Run again until `more` is false.
   */
  anonymiseBefore(before: string, after: number, limit: number): Promise<RetentionBatch>;
}

/** What one batch of the retention job did. */
export interface RetentionBatch {
  /** Ops and views rewritten (0 when all were anonymised already). */
  readonly ops: number;
  readonly views: number;
  /** The cursor to continue after. */
  readonly upTo: number;
  readonly more: boolean;
}

// ---------------------------------------------------------------------------------------------
// Staff accounts, sessions, setup codes, the trust-cookie key

export interface StaffWithSecret {
  readonly account: StaffAccount;
  readonly secretHash: string;
}

export interface NewStaff {
  readonly displayName: string;
  readonly loginName: string;
  readonly role: StaffRole;
  readonly secretHash: string;
}

/** A live session, as the auth hook sees it. */
export interface SessionRecord {
  readonly tokenHash: string;
  readonly staffId: string;
  readonly lastSeenAt: number;
}

/** What an account was from some moment on: its role and whether it was active. */
export interface StaffState {
  readonly role: StaffRole;
  readonly active: boolean;
}

/** A session as history: who, on which paired device, from when until when (ms). */
export interface SessionSpan {
  readonly tokenHash: string;
  readonly deviceId: string | null;
  readonly from: number;
  readonly until: number;
}

export interface AccountStorage {
  countActiveAdmins(): Promise<number>;
  findStaff(id: string): Promise<StaffAccount | undefined>;
  /** The only read of the secret hash. */
  findStaffForSignIn(loginName: string): Promise<StaffWithSecret | undefined>;
  /** By display name, case-insensitively. */
  listStaff(): Promise<StaffAccount[]>;
  loginNameTaken(loginName: string): Promise<boolean>;
  /**
   * Creates an account with its first history entry (and `audit`), or 'login_taken' when the
   * name is taken, also when another request stored it first: the UNIQUE index decides.
   */
  createStaff(
    at: Date,
    fields: NewStaff,
    audit?: (account: StaffAccount) => AuditRecord,
  ): Promise<StaffAccount | 'login_taken'>;
  /**
   * Renames, changes the role (with history) or the sites the account may act for (none: every
   * site); undefined when there is no such account.
   */
  updateStaff(
    id: string,
    fields: { readonly displayName?: string; readonly role?: StaffRole; readonly sites?: readonly string[] },
    at: Date,
    audit: AuditRecord,
  ): Promise<StaffAccount | undefined>;
  /** Disables (ending every session) or enables an account, with history and `audit`. */
  setStaffDisabled(id: string, disabled: boolean, at: Date, audit: AuditRecord): Promise<StaffAccount | undefined>;
  /** A new secret hash; the account's sessions end, except `keepTokenHash` (the caller's). */
  resetStaffSecret(id: string, secretHash: string, at: Date, keepTokenHash: string, audit: AuditRecord): Promise<void>;
  /** The account's state at `at` (ms), or undefined before it existed. */
  staffStateAt(staffId: string, at: number): Promise<StaffState | undefined>;

  /** Starts a session; on a paired device it first ends the session that device had. */
  startSession(tokenHash: string, staffId: string, deviceId: string | null, at: Date): Promise<void>;
  /** The live session (touching it at most once a minute), or undefined if unknown, ended or expired. */
  resumeSession(tokenHash: string, now: Date): Promise<SessionRecord | undefined>;
  endSession(tokenHash: string, at: Date, audit: AuditRecord): Promise<void>;
  /** The staff member's sessions live at some moment in [from, until] (ms). */
  sessionsOverlapping(staffId: string, from: number, until: number): Promise<SessionSpan[]>;

  /** Replaces any earlier setup code with this one. */
  replaceSetupCode(codeHash: string, expiresAt: Date): Promise<void>;
  /**
   * Uses the setup code (valid, unused, unexpired) and creates the first admin with it, in one
   * transaction: 'code_invalid' writes nothing; 'login_taken' has used the code up.
   */
  completeSetup(
    codeHash: string,
    at: Date,
    admin: NewStaff,
    audit: (account: StaffAccount) => AuditRecord,
  ): Promise<StaffAccount | 'code_invalid' | 'login_taken'>;

  /** The key that signs trust cookies: `candidate` is kept if none was kept before. */
  trustCookieKey(candidate: string): Promise<string>;
}

// ---------------------------------------------------------------------------------------------
// Devices

export interface NewPairingCode {
  readonly codeHash: string;
  readonly name: string;
  readonly role: DeviceRole;
  /** The site the device will be at (a site that exists: the caller checks); the first site if left out. */
  readonly site?: string;
  readonly createdBy: string;
  readonly expiresAt: Date;
}

export interface DeviceStorage {
  /** Paired first, by name (case-insensitively); revoked last. Ticket letters are unique per site. */
  list(): Promise<Device[]>;
  find(id: string): Promise<Device | undefined>;
  findByToken(tokenHash: string): Promise<Device | undefined>;
  noteSeen(id: string, now: Date): Promise<void>;
  noteSynced(id: string, now: Date): Promise<void>;
  /**
   * What the device `id` says of its own storage: 'full' sets storageFullSince to `now` (unless
   * it is set already), 'ok' clears it.
   */
  noteStorage(id: string, report: DeviceStorageReport, now: Date): Promise<void>;
  createPairingCode(code: NewPairingCode, at: Date, audit: AuditRecord): Promise<void>;
  /**
   * Uses a pairing code (once, before it expires) to create a device with a free ticket letter,
   * and `audit` names who made the code; undefined, and nothing written, if the code is not valid.
   */
  pair(
    input: { readonly codeHash: string; readonly id: string; readonly tokenHash: string; readonly at: Date },
    audit: (device: Device, pairedBy: string) => AuditRecord,
  ): Promise<Device | undefined>;
  /** Revokes for good (the first revoke's time stays); undefined when there is no such device. */
  revoke(id: string, at: Date, audit: (device: Device) => AuditRecord): Promise<Device | undefined>;
}

// ---------------------------------------------------------------------------------------------
// Reports and exports

export interface ReportStorage {
  /** Every op a report may read, in the order they were stored. */
  reportOps(): Promise<Op[]>;
  /** Every participant, item and request view, and the staff names (HMIS export). */
  hmisSource(): Promise<HmisSource>;
}

// ---------------------------------------------------------------------------------------------
// Throttles: failed attempts (sign-in, pairing and setup codes), shared by every server process

/** Whose failures are counted together: a pool (one per kind of count) and a key within it. */
export interface ThrottleKey {
  readonly pool: string;
  readonly key: string;
}

/** How far back failures count, and how many in that window block a key. */
export interface ThrottleLimit {
  readonly maxFailures: number;
  readonly windowMs: number;
}

/** One counted failure: when (ms) and from which network address. */
export interface ThrottleFailure {
  readonly at: number;
  readonly from: string;
}

export interface ThrottleStorage {
  /**
   * Stores one failure (at `at`, from address `from`) and answers the failures of `counted` that
   * were inside the window before it, oldest first, at most `limit.maxFailures`. Atomic: two
   * processes counting the same key at once each see the other's. In the same transaction it
   * forgets that key's failures past the newest `maxFailures`, and every failure of any pool and
   * key that has left its window (so what is kept is only what can still block).
   */
  recordFailure(counted: ThrottleKey, at: Date, from: string, limit: ThrottleLimit): Promise<ThrottleFailure[]>;
  /** The failures of `counted` inside the window at `now`, oldest first, at most `limit.maxFailures`. */
  recentFailures(counted: ThrottleKey, now: Date, limit: ThrottleLimit): Promise<ThrottleFailure[]>;
  /** Forgets every failure of `counted`. */
  clear(counted: ThrottleKey): Promise<void>;
}
