/**
 * Audit actions as words a person reads ("Sign-in failed (wrong PIN or password)"), in the
 * current language. An action this version does not know yet shows its code.
 */
import type { AuditEntry } from '../../core/auth/api.js';
import type { MessageKey } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';

const ACTIONS: Readonly<Record<string, MessageKey>> = {
  'setup.completed': 'audit.setup.completed',
  'sign_in.succeeded': 'audit.sign_in.succeeded',
  'sign_in.failed': 'audit.sign_in.failed',
  'sign_in.locked': 'audit.sign_in.locked',
  sign_out: 'audit.sign_out',
  'staff.created': 'audit.staff.created',
  'staff.updated': 'audit.staff.updated',
  'staff.disabled': 'audit.staff.disabled',
  'staff.enabled': 'audit.staff.enabled',
  'staff.secret_reset': 'audit.staff.secret_reset',
  'pairing.created': 'audit.pairing.created',
  'device.paired': 'audit.device.paired',
  'device.revoked': 'audit.device.revoked',
  'participant.viewed': 'audit.participant.viewed',
  'sync.refused': 'audit.sync.refused',
  // issue 16 — HMIS
  'export.hmis': 'audit.export.hmis',
  'report.participantsExported': 'audit.report.participantsExported',
  'report.harmReductionExactExported': 'audit.report.harmReductionExactExported',
  // issue 20 — retention
  'retention.applied': 'audit.retention.applied',
};

/** Downloads whose detail is the range of days they covered. */
const RANGED = new Set(['export.hmis', 'report.participantsExported', 'report.harmReductionExactExported']);

const REASONS: Readonly<Record<string, MessageKey>> = {
  wrong_secret: 'audit.reason.wrong_secret',
  unknown_name: 'audit.reason.unknown_name',
  disabled: 'audit.reason.disabled',
  actor_not_signed_in: 'audit.reason.actor_not_signed_in',
  actor_disabled: 'audit.reason.actor_disabled',
  forbidden: 'audit.reason.forbidden',
  device_mismatch: 'audit.reason.device_mismatch',
  unknown_actor: 'audit.reason.unknown_actor',
  unknown_case_manager: 'audit.reason.unknown_case_manager',
};

const ROLES: Readonly<Record<string, MessageKey>> = {
  kiosk: 'devices.kind.kiosk',
  staff: 'accounts.role.staff',
  admin: 'accounts.role.admin',
};

/** What happened, with the detail that helps (a failure's reason, a new role, a device kind, a lock's guesses). */
export function describeAuditEntry(entry: Pick<AuditEntry, 'action' | 'detail'>): string {
  const key = ACTIONS[entry.action];
  const label = key ? t.value(key) : entry.action;
  const { reason, role, failures, addresses, count } = entry.detail;
  const { from, to } = entry.detail;
  if (RANGED.has(entry.action) && typeof from === 'string' && typeof to === 'string') {
    return `${label} (${t.value('audit.export.range', { from, to })})`;
  }
  const { before, ops } = entry.detail;
  if (entry.action === 'retention.applied' && typeof before === 'string' && typeof ops === 'number') {
    return `${label} (${t.value('audit.retention.detail', { before, ops })})`;
  }
  if (entry.action === 'sign_in.locked' && typeof failures === 'number' && typeof addresses === 'number') {
    return `${label} (${t.value('audit.locked.fromAddresses', { failures, addresses })})`;
  }
  const reasonKey = typeof reason === 'string' ? REASONS[reason] : undefined;
  if (reasonKey && typeof count === 'number') return `${label}: ${count} (${t.value(reasonKey)})`;
  if (reasonKey) return `${label} (${t.value(reasonKey)})`;
  if (typeof role === 'string') {
    // A device's "staff" role is a staff laptop; a person's is the staff role.
    const device = entry.action === 'pairing.created' || entry.action === 'device.paired';
    const roleKey = device && role === 'staff' ? 'devices.kind.staff' : ROLES[role];
    if (roleKey) return `${label} (${t.value(roleKey)})`;
  }
  return label;
}
