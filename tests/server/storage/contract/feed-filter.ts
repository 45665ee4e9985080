/**
 * The kiosk's and the display's pull read only the ops they may see, by type in the database
 * (issue 19), instead of every op to filter afterwards; a staff pull for every site reads only
 * the bodies of the ops staff see (profile views left out in the database). Property: every page
 * is exactly the page the old filter made (read every op after the cursor up to the limit, keep
 * what the scope and site may see): the same cursor, the same `more`, the same ops, the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pusher } from '../../../../server/storage/types.js';
import { readFeedPage, type Scope } from '../../../../server/sync/feed.js';
import {
  CALL_OP_TYPES,
  isCatalogOrSettingsOpType,
  isSiteOpType,
  type Op,
  type OpDraft,
} from '../../../../src/core/ops/op.js';
import { DEFAULT_SITE_ID, type SiteFilter, siteOf } from '../../../../src/core/sites/site.js';
import { opBuilder, TEST_ITEM, testId } from '../../../support/op-factory.js';
import { freshStorageEach, type MakeStorage, makeStaff, minutesAfter, T0 } from './harness.js';

const OTHER_SITE = 'site_other_x';

/** The old filter, as server/sync/feed.ts had it before issue 19. */
function oldPage(
  log: readonly { op: Op; cursor: number }[],
  scope: Scope,
  after: number,
  limit: number,
  site: SiteFilter,
) {
  const rows = log.filter((row) => row.cursor > after).slice(0, limit);
  const visible = rows.filter(({ op }) => {
    if (op.type === 'participant.viewed') return false;
    if (scope === 'display') return CALL_OP_TYPES.has(op.type);
    return scope === 'staff' || isCatalogOrSettingsOpType(op.type) || isSiteOpType(op.type);
  });
  const ofSite = visible.filter(({ op }) => {
    if (site === 'all') return true;
    if (op.type === 'site.created' || op.type === 'site.updated') return op.payload.siteId === site;
    return siteOf(op) === site;
  });
  return {
    cursor: rows.at(-1)?.cursor ?? Math.max(after, 0),
    more: rows.length === limit,
    ops: ofSite.map(({ op }) => op.id),
  };
}

type Kind = 'stock' | 'request' | 'hours' | 'item' | 'call' | 'siteRename' | 'viewed';
const KINDS: readonly Kind[] = ['stock', 'request', 'hours', 'item', 'call', 'siteRename', 'viewed'];

function draftOf(kind: Kind, n: number): OpDraft {
  switch (kind) {
    case 'stock':
      return { type: 'stock.received', payload: { itemId: 'item_feed_x', quantity: 1, kind: 'donation' } };
    case 'request':
      return {
        type: 'request.created',
        payload: {
          requestId: `req_feed_${n}x`,
          visitId: `visit_feed_${n}`,
          day: '2026-11-28',
          participantId: null,
          ticket: 'A-1',
          items: [{ itemId: 'item_feed_x', quantity: 1 }],
        },
      };
    case 'hours':
      return {
        type: 'settings.openOverrideSet',
        payload: { override: { mode: 'open', until: '2026-11-28T06:00:00.000Z' } },
      };
    case 'item':
      return { type: 'catalog.itemAdded', payload: { itemId: `item_feed_${n}`, item: TEST_ITEM } };
    case 'call':
      return { type: 'ticket.called', payload: { requestId: `req_feed_${n}x`, ticket: 'A-1', day: '2026-11-28' } };
    case 'siteRename':
      return { type: 'site.updated', payload: { siteId: OTHER_SITE, changes: { name: `Other ${n}` } } };
    case 'viewed':
      // Hidden from every scope: a page whose window ends on one must still move past it.
      return { type: 'participant.viewed', payload: { participantId: `participant_feed_${n}` } };
  }
}

export function feedFilterContract(make: MakeStorage): void {
  describe('kiosk, display and staff feeds filtered in the database', () => {
    const storage = freshStorageEach(make);

    it('make exactly the pages the old filter made, for any log, cursor, limit and site', async () => {
      const admin = await makeStaff(storage(), 'ana', 'admin');
      await storage().accounts.startSession('session-ana', admin.id, null, T0);
      const pusher: Pusher = { staff: admin, device: undefined };
      const laptop = opBuilder(testId('laptop'), admin.id);
      const log: { op: Op; cursor: number }[] = [];
      let made = 0;
      const pushAll = async (ops: Op[]) => {
        const before = await storage().ops.latestCursor();
        const stored = await storage().ops.push({ ops, pusher, now: minutesAfter(T0, 60 * 24) });
        expect(stored.accepted).toBe(ops.length);
        for (const [index, op] of ops.entries()) log.push({ op, cursor: before + index + 1 });
        expect(await storage().ops.latestCursor()).toBe(before + ops.length);
      };
      await pushAll([
        laptop.op({
          type: 'site.created',
          payload: { siteId: OTHER_SITE, name: 'Other', address: '1 Other St, Los Angeles, CA', phone: '323-555-0100' },
        }),
      ]);

      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ kind: fc.constantFrom(...KINDS), other: fc.boolean() }), {
            minLength: 0,
            maxLength: 12,
          }),
          fc.constantFrom<Scope>('kiosk', 'display', 'staff'),
          fc.constantFrom<SiteFilter>(DEFAULT_SITE_ID, OTHER_SITE, 'all'),
          fc.integer({ min: 1, max: 6 }),
          fc.nat(),
          async (specs, scope, site, limit, pick) => {
            if (specs.length > 0) {
              await pushAll(
                specs.map(({ kind, other }) => {
                  made += 1;
                  const op = laptop.op(draftOf(kind, made));
                  return other && kind !== 'siteRename' ? { ...op, site: OTHER_SITE } : op;
                }),
              );
            }
            // From a cursor somewhere in the log, and page by page from the start.
            const after = log.length === 0 ? 0 : (log[pick % log.length] as { cursor: number }).cursor - (pick % 2);
            const page = readFeedPage(await storage().ops.pullPage(scope, after, limit, site));
            expect({ cursor: page.cursor, more: page.more, ops: page.ops.map((op) => op.id) }).toEqual(
              oldPage(log, scope, after, limit, site),
            );
            // Each op is the one pushed, whole (staff read the stored text alone, no type or cursor beside it).
            expect(page.ops).toEqual(page.ops.map((op) => log.find((row) => row.op.id === op.id)?.op));
            let cursor = 0;
            for (;;) {
              const next = readFeedPage(await storage().ops.pullPage(scope, cursor, limit * 3, site));
              expect({ cursor: next.cursor, more: next.more, ops: next.ops.map((op) => op.id) }).toEqual(
                oldPage(log, scope, cursor, limit * 3, site),
              );
              if (!next.more) break;
              cursor = next.cursor;
            }
          },
        ),
        { numRuns: 25 },
      );
    }, 120_000);
  });
}
