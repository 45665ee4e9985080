/**
 * What a device may read: staff get every op and every view; a kiosk gets its site's catalog,
 * settings and site ops, its site's stock levels and the program's minimal participant directory,
 * never profiles, visits or requests; a lobby display gets its site's ticket calls only (a
 * request id, a ticket, a day), never names or items. A site is given as a SiteFilter: a kiosk's
 * or display's own site, or 'all' (staff, who filter on their screens).
 * Pure: each storage engine reads the rows in one transaction and shapes them here.
 */
import { centerDay } from '../../src/core/day.js';
import { type DirectoryEntry, directoryEntryOf } from '../../src/core/fold/directory.js';
import type { ParticipantView, View } from '../../src/core/fold/views.js';
import { CALL_OP_TYPES, isCatalogOrSettingsOpType, isSiteOpType, Op } from '../../src/core/ops/op.js';
import { inSite, type SiteFilter, siteOf } from '../../src/core/sites/site.js';
import { PullResponse, type SnapshotResponse, type ViewRecord } from '../../src/core/sync/api.js';

export type Scope = 'staff' | 'kiosk' | 'display';

/** A view as stored, with the cursor of the op that last changed it. */
export interface StoredView {
  readonly key: string;
  readonly view: View;
  readonly cursor: number;
}

/** An op as stored in the log. */
export interface StoredOpRow {
  readonly cursor: number;
  readonly type: string;
  readonly body: string;
}

/**
 * One page of the pull feed with its ops as stored: the JSON text the log holds, which is what
 * the push stored after validating it, so it is served as it is (issue 19: parsing, validating
 * and stringifying every op again was half a staff pull's time). `pullResponseJson` writes
 * the answer; `readFeedPage` parses it for a caller that wants objects.
 */
export interface FeedPage extends Omit<PullResponse, 'ops'> {
  readonly opBodies: readonly string[];
}

/** The PullResponse JSON for a page: the stored op bodies as they are, the rest through its schema. */
export function pullResponseJson(page: FeedPage): string {
  const views = JSON.stringify(PullResponse.shape.views.parse(page.views));
  const directory = JSON.stringify(PullResponse.shape.directory.parse(page.directory));
  return `{"serverId":${JSON.stringify(page.serverId)},"cursor":${JSON.stringify(page.cursor)},"more":${JSON.stringify(
    page.more,
  )},"ops":[${page.opBodies.join(',')}],"views":${views},"directory":${directory}}`;
}

/** A page as a PullResponse, its ops parsed. */
export function readFeedPage(page: FeedPage): PullResponse {
  const { opBodies, ...rest } = page;
  return { ...rest, ops: opBodies.map((body) => JSON.parse(body) as Op) };
}

/** A display starting afresh gets the calls of today and yesterday (by the center's day), no older. */
const DISPLAY_SNAPSHOT_MS = 24 * 60 * 60 * 1000;

/** The view kinds a kiosk starts from (and the participant directory beside them). */
export const KIOSK_VIEW_KINDS: readonly View['kind'][] = ['item', 'settings', 'stock', 'site'];

/** What a page read from the log needs from the views, for a kiosk only (in the page's cursor range). */
export interface PageViews {
  readonly stock: readonly StoredView[];
  readonly participants: readonly StoredView[];
}

/**
 * Shapes one page of at most `limit` rows read after `after`. `readViews` is asked only when
 * the scope is a kiosk and the page moved the cursor, for views changed in (after, cursor].
 */
export function feedPage(
  scope: Scope,
  serverId: string,
  after: number,
  limit: number,
  rows: readonly StoredOpRow[],
  readViews: (range: { readonly after: number; readonly upTo: number }) => PageViews,
  site: SiteFilter = 'all',
  window?: PageWindow,
): FeedPage {
  const { more, upTo: cursor } = window ?? windowOfRows(after, limit, rows);
  const visible = rows.filter((row) => isVisible(scope, row.type as Op['type']));
  // Only a page for one site reads inside the ops (their site); staff get the stored text alone.
  const opBodies = (site === 'all' ? visible : visible.filter((row) => opOfSite(JSON.parse(row.body) as Op, site))).map(
    (row) => row.body,
  );
  const range = scope === 'kiosk' && cursor !== after ? { after, upTo: cursor } : null;
  if (!range) return { serverId, cursor, more, opBodies, views: [], directory: [] };
  const views = readViews(range);
  return {
    serverId,
    cursor,
    more,
    opBodies,
    views: views.stock.filter((stored) => viewOfSite(stored.view, site)).map(toRecord),
    directory: directoryOf(views.participants),
  };
}

/**
 * What a page covers: the log after `after` up to `upTo` (the `limit`-th op after it, or the
 * newest), and whether more follows. For a kiosk or a display an engine reads the window first
 * (cursors only) and then only the rows of the types that scope sees (`scopeOpTypes`), instead
 * of every op's body to filter here (issue 19); the page is the same either way.
 */
export interface PageWindow {
  readonly upTo: number;
  readonly more: boolean;
}

/** Every op type, from the schema. */
const OP_TYPES: readonly Op['type'][] = Op.options.map((option) => option.shape.type.value);

/** The op types a scope reads, when it reads few enough to ask for by type: kiosks and displays. */
export function scopeOpTypes(scope: Scope): readonly string[] | null {
  return scope === 'staff' ? null : OP_TYPES.filter((type) => isVisible(scope, type));
}

/** The op types staff never read back (profile views, for the audit log only): left out in the database. */
export const STAFF_HIDDEN_OP_TYPES: readonly string[] = OP_TYPES.filter((type) => !isVisible('staff', type));

/**
 * A staff page for every site, read as the stored bodies of the ops staff see in the page's
 * window (an engine leaves out STAFF_HIDDEN_OP_TYPES as it reads): no type, cursor or site per
 * row to read and filter here (issue 19: reading three columns of every row into objects was
 * a third of a staff pull's time). The same page feedPage makes from every row.
 */
export function staffPage(serverId: string, window: PageWindow, opBodies: readonly string[]): FeedPage {
  return { serverId, cursor: window.upTo, more: window.more, opBodies, views: [], directory: [] };
}

/** The window of a page read as rows up to `limit` after `after`: its last cursor, and whether it was full. */
export function windowOfRows(after: number, limit: number, rows: readonly { readonly cursor: number }[]): PageWindow {
  return { upTo: cursorAfter(after, rows), more: rows.length === limit };
}

/**
 * The page window from the `limit`-th cursor after `after` (if there is one) or the newest
 * cursor after it (null: none).
 */
export function pageWindow(after: number, limitth: number | null | undefined, newest: number | null): PageWindow {
  if (limitth !== null && limitth !== undefined) return { upTo: limitth, more: true };
  return { upTo: newest ?? Math.max(after, 0), more: false };
}

/** Whether an op is about `site`: a site op about that site, any other op of that site. */
function opOfSite(op: Op, site: SiteFilter): boolean {
  // Retention is the program's: every site's devices apply it.
  if (site === 'all' || op.type === 'retention.applied') return true;
  if (op.type === 'site.created' || op.type === 'site.updated') return op.payload.siteId === site;
  return siteOf(op) === site;
}

/** Whether a view is about `site` (participants belong to the program, so to every site). */
function viewOfSite(view: View, site: SiteFilter): boolean {
  if (site === 'all' || view.kind === 'participant') return true;
  if (view.kind === 'site') return view.id === site;
  return inSite(view as { readonly site?: string }, site);
}

function cursorAfter(after: number, rows: readonly { readonly cursor: number }[]): number {
  return rows.at(-1)?.cursor ?? Math.max(after, 0);
}

/** What a snapshot reads, by scope: every view for staff, the calls for a display, kiosk kinds and participants for a kiosk. */
export type SnapshotRead =
  | { readonly scope: 'staff'; readonly views: readonly StoredView[] }
  | { readonly scope: 'display'; readonly calls: readonly StoredView[] }
  | { readonly scope: 'kiosk'; readonly views: readonly StoredView[]; readonly participants: readonly StoredView[] };

export function feedSnapshot(
  read: SnapshotRead,
  serverId: string,
  cursor: number,
  now: Date,
  site: SiteFilter = 'all',
): SnapshotResponse {
  const ofSite = (views: readonly StoredView[]) => views.filter((stored) => viewOfSite(stored.view, site));
  switch (read.scope) {
    case 'display': {
      const since = centerDay(new Date(now.getTime() - DISPLAY_SNAPSHOT_MS));
      const calls = ofSite(read.calls).filter(({ view }) => view.kind === 'call' && (view.day ?? '') >= since);
      return { serverId, cursor, views: calls.map(toRecord), directory: [] };
    }
    case 'staff':
      return { serverId, cursor, views: read.views.map(toRecord), directory: [] };
    case 'kiosk':
      return { serverId, cursor, views: ofSite(read.views).map(toRecord), directory: directoryOf(read.participants) };
  }
}

/** Profile views are for the audit log only; no device needs them back. */
function isVisible(scope: Scope, type: Op['type']): boolean {
  if (type === 'participant.viewed') return false;
  if (scope === 'display') return CALL_OP_TYPES.has(type);
  // Kiosks too apply retention to what they hold (their outbox and refusals may be old).
  if (type === 'retention.applied') return true;
  return scope === 'staff' || isCatalogOrSettingsOpType(type) || isSiteOpType(type);
}

function toRecord(stored: StoredView): ViewRecord {
  return { key: stored.key, view: stored.view as unknown as ViewRecord['view'] };
}

function directoryOf(participants: readonly StoredView[]): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const { view } of participants) {
    const entry = directoryEntryOf(view as ParticipantView);
    if (entry) entries.push(entry);
  }
  return entries;
}
