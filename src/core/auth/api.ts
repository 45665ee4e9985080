/**
 * Request and response shapes for setup, sign-in, staff accounts, devices and the audit log.
 * The server validates with them and documents them in OpenAPI; the browser reads with them.
 */

import { Id as SiteId } from '../ops/ids.js';
import { z } from '../schema.js';
import { DEFAULT_SITE_ID } from '../sites/site.js';
import { lineText, secretText } from '../text.js';
import { PAIRING_CODE_LENGTH } from './pairing-code.js';
import { checkSecret, MAX_SECRET_LENGTH, SECRET_PROBLEM_MESSAGES } from './secrets.js';

export const StaffRole = z.enum(['staff', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;
/** A lobby kiosk, a staff laptop or tablet, or a lobby display (called numbers only). */
export const DeviceRole = z.enum(['kiosk', 'staff', 'display']);
export type DeviceRole = z.infer<typeof DeviceRole>;

/** A staff member's or a device's name, as people see it in lists and histories. */
export const DisplayName = lineText(80, { empty: 'Enter a name.', tooLong: 'Use at most 80 characters.' });
export const LoginName = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'A sign-in name needs at least 2 characters.')
  .max(40, 'Use at most 40 characters.')
  .regex(/^[a-z0-9._-]+$/, 'Use only letters, digits, dots, dashes and underscores.');
export const NewSecret = secretText(MAX_SECRET_LENGTH).superRefine((secret, context) => {
  const problem = checkSecret(secret);
  if (problem) context.addIssue({ code: 'custom', message: SECRET_PROBLEM_MESSAGES[problem] });
});
/** A secret typed at sign-in: not checked for strength (old ones stay valid), only bounded. */
const GivenSecret = secretText(MAX_SECRET_LENGTH).min(1, 'Enter your PIN or password.');
const Timestamp = z.string().describe('ISO 8601 date-time (UTC).');
const Id = z.string().min(1).max(64);

/** Ids in paths are made by the server (hex); anything else cannot name a thing. */
export const IdParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"')
    .max(64),
});

export const StaffAccount = z
  .object({
    id: Id,
    displayName: z.string(),
    loginName: z.string(),
    role: StaffRole,
    disabled: z.boolean(),
    createdAt: Timestamp,
    // A default, so an account kept on a device before sites still reads: it may act for every site.
    sites: z.array(Id).default([]).describe('The sites this person may act for; empty: every site of the program.'),
  })
  .meta({ id: 'StaffAccount' });
export type StaffAccount = z.infer<typeof StaffAccount>;

export const SetupStatus = z.object({ needed: z.boolean() }).meta({ id: 'SetupStatus' });
export const SetupRequest = z.object({
  code: lineText(200),
  displayName: DisplayName,
  loginName: LoginName,
  secret: NewSecret,
});

export const SignInRequest = z.object({
  loginName: lineText(40).toLowerCase(),
  secret: GivenSecret,
});
export const Session = z.object({ staff: StaffAccount, idleExpiresAt: Timestamp }).meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const CreateStaffRequest = z.object({
  displayName: DisplayName,
  loginName: LoginName,
  role: StaffRole,
  secret: NewSecret,
});
/** At most this many sites may be named for one account (a program has a handful). */
export const MAX_STAFF_SITES = 50;
export const UpdateStaffRequest = z
  .object({
    displayName: DisplayName.optional(),
    role: StaffRole.optional(),
    // Site ids as ops make them (8–64 URL-safe characters): a NUL here reached PostgreSQL, which
    // refuses it in text and answered 500 (found by tests/server/fuzz/).
    sites: z
      .array(SiteId)
      .max(MAX_STAFF_SITES)
      .optional()
      .describe('The sites this person may act for; an empty list: every site.'),
  })
  .refine(
    (body) => body.displayName !== undefined || body.role !== undefined || body.sites !== undefined,
    'Nothing to change.',
  );
export const ResetSecretRequest = z.object({ secret: NewSecret });
export const StaffList = z.object({ staff: z.array(StaffAccount) });
/** Who did what in histories: names only, for every staff member (disabled ones too). */
export const StaffNames = z
  .object({ staff: z.array(z.object({ id: Id, displayName: z.string() })) })
  .meta({ id: 'StaffNames' });
export type StaffNames = z.infer<typeof StaffNames>;

export const Device = z
  .object({
    id: Id,
    name: z.string(),
    role: DeviceRole,
    pairedAt: Timestamp,
    pairedBy: z.string().nullable().describe('Display name of the staff member who paired it.'),
    lastSeenAt: Timestamp.nullable(),
    lastSyncAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
    ticketLetter: z
      .string()
      .regex(/^[A-Z]{1,2}$/)
      .nullable()
      .describe('Letter(s) this device puts before its ticket numbers (A-17); unique among the devices of its site.'),
    // A default, so a device identity stored before sites still reads: it is at the first site.
    site: Id.default(DEFAULT_SITE_ID).describe('The site this device is at.'),
    // A default too, for identities stored before devices reported their storage.
    storageFullSince: Timestamp.nullable()
      .default(null)
      .describe(
        'Since when the device has said its own storage is full (nothing new saves there); null when it has not.',
      ),
  })
  .meta({ id: 'Device' });
export type Device = z.infer<typeof Device>;
export const DeviceList = z.object({ devices: z.array(Device) });

export const CreatePairingRequest = z.object({
  name: DisplayName,
  role: DeviceRole,
  site: SiteId.optional().describe('The site the device will be at; the first site when left out.'),
});
export const PairingCode = z
  .object({
    code: z
      .string()
      .length(PAIRING_CODE_LENGTH + 1)
      .describe('XXXX-XXXX; shown once, valid until expiresAt.'),
    name: z.string(),
    role: DeviceRole,
    site: Id,
    expiresAt: Timestamp,
  })
  .meta({ id: 'PairingCode' });
export type PairingCode = z.infer<typeof PairingCode>;
export const PairRequest = z.object({ code: lineText(40) });
export const PairResponse = z
  .object({
    device: Device,
    token: z.string().describe('The device secret. Returned once; send it as "Authorization: Bearer <token>".'),
  })
  .meta({ id: 'PairResponse' });
export type PairResponse = z.infer<typeof PairResponse>;

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: Timestamp,
    actor: z.string().nullable().describe('Display name of the staff member, or null.'),
    actorId: z.string().nullable(),
    deviceId: z.string().nullable(),
    deviceName: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const AuditPage = z.object({ entries: z.array(AuditEntry), nextBefore: z.number().int().nullable() });
export const Ok = z.object({ ok: z.literal(true) });
