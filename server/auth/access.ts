/**
 * The authorization table: every API route and who may call it. One readable place; a route
 * missing here stops the server at start, and tests walk the OpenAPI document against it.
 */

/**
 * Roles a caller can hold: a paired kiosk device, a paired lobby display (called ticket numbers
 * only, never staff, even with a staff cookie), or a signed-in staff member or admin.
 */
export type CallerRole = 'kiosk' | 'display' | 'staff' | 'admin';
export type Access = 'public' | readonly CallerRole[];

const STAFF: Access = ['staff', 'admin'];
const ADMIN: Access = ['admin'];
const DEVICE_OR_STAFF: Access = ['kiosk', 'staff', 'admin'];
/** Reading: a lobby display too, whose feed holds only ticket calls (server/sync/feed.ts). */
const ANY_DEVICE_OR_STAFF: Access = ['kiosk', 'display', 'staff', 'admin'];

export const ROUTE_ACCESS: Readonly<Record<string, Access>> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',

  'GET /api/setup': 'public',
  'POST /api/setup': 'public',

  'POST /api/session': 'public',
  'GET /api/session': STAFF,
  'DELETE /api/session': STAFF,

  'POST /api/devices/pair': 'public',
  'GET /api/devices/me': ANY_DEVICE_OR_STAFF,
  'GET /api/devices': STAFF,
  'POST /api/devices/pairings': STAFF,
  'POST /api/devices/:id/revoke': STAFF,

  'GET /api/staff': ADMIN,
  'GET /api/staff/names': STAFF,
  'POST /api/staff': ADMIN,
  'PATCH /api/staff/:id': ADMIN,
  'POST /api/staff/:id/disable': ADMIN,
  'POST /api/staff/:id/enable': ADMIN,
  'POST /api/staff/:id/reset-secret': ADMIN,

  'GET /api/audit': ADMIN,

  // Which ops a caller may push, and what a pull shows it, is decided per op (server/sync/).
  // A lobby display pushes nothing.
  'POST /api/sync/push': DEVICE_OR_STAFF,
  'GET /api/sync/pull': ANY_DEVICE_OR_STAFF,
  'GET /api/sync/snapshot': ANY_DEVICE_OR_STAFF,

  // issue 16 — reports: aggregates for staff; the participant-level export for admins only.
  'GET /api/reports': STAFF,
  'GET /api/reports/:table.csv': STAFF,
  'GET /api/reports/participants.csv': ADMIN,
  // Small counts unsuppressed (no person in them, but admins only, and recorded).
  'GET /api/reports/harm-reduction-exact.csv': ADMIN,
  // issue 16 — HMIS: participant-level, so admins only (and recorded in the activity log).
  'GET /api/exports/hmis.zip': ADMIN,
};

/** The access rule for a route (HEAD follows GET), or undefined if the route has none. */
export function accessFor(method: string, url: string): Access | undefined {
  return ROUTE_ACCESS[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}

export function isAllowed(access: Access, roles: ReadonlySet<CallerRole>): boolean {
  return access === 'public' || access.some((role) => roles.has(role));
}
