/**
 * Kysely's view of the PostgreSQL tables (schema.ts): one interface per table, the values as the
 * app sees them (bigint columns arrive as numbers, see connect.ts).
 */
import type { Generated } from 'kysely';

type Nullable<T> = T | null;

export interface PostgresTables {
  meta: { key: string; value: string };
  schema_migrations: { version: number; name: string; applied_at: string };
  staff: {
    id: string;
    display_name: string;
    login_name: string;
    role: 'staff' | 'admin';
    secret_hash: string;
    disabled_at: Nullable<string>;
    created_at: string;
    /** A sorted JSON array of site ids; empty: every site. */
    sites: Generated<string>;
  };
  devices: {
    id: string;
    name: string;
    role: 'kiosk' | 'staff' | 'display';
    token_hash: string;
    paired_by: Nullable<string>;
    paired_at: string;
    last_seen_at: Nullable<string>;
    last_sync_at: Nullable<string>;
    revoked_at: Nullable<string>;
    ticket_letter: Nullable<string>;
    site_id: Generated<string>;
    storage_full_since: Nullable<string>;
  };
  sessions: {
    token_hash: string;
    staff_id: string;
    device_id: Nullable<string>;
    created_at: string;
    last_seen_at: string;
    ended_at: Nullable<string>;
  };
  pairing_codes: {
    code_hash: string;
    name: string;
    role: 'kiosk' | 'staff' | 'display';
    created_by: string;
    expires_at: string;
    used_at: Nullable<string>;
    site_id: Generated<string>;
  };
  setup_codes: { code_hash: string; expires_at: string; used_at: Nullable<string> };
  audit_log: {
    id: Generated<number>;
    at: string;
    actor_id: Nullable<string>;
    device_id: Nullable<string>;
    action: string;
    target: Nullable<string>;
    detail: Generated<string>;
  };
  staff_history: { id: Generated<number>; staff_id: string; at: string; role: 'staff' | 'admin'; active: 0 | 1 };
  ops: {
    cursor: Generated<number>;
    id: string;
    device_id: string;
    device_seq: number;
    type: string;
    at: string;
    actor: Nullable<string>;
    body: string;
    received_at: string;
    pushed_by_device: Nullable<string>;
    pushed_by_staff: Nullable<string>;
  };
  views: { key: string; kind: string; body: string; cursor: number };
  throttle_failures: {
    id: Generated<number>;
    pool: string;
    key: string;
    at: number;
    from_address: string;
    expires_at: number;
  };
}
