/**
 * Site merges: concurrent changes to a site from several admin devices converge field by field
 * on the latest write by clock, and ops of several sites fold to the same views in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { ItemView, RequestView, SiteView, View, VisitView } from '../../../../src/core/fold/views.js';
import { compareOps, type Op, type OpDraft } from '../../../../src/core/ops/op.js';
import type { SiteFields } from '../../../../src/core/ops/sites.js';
import { DEFAULT_SITE_ID, siteOfView } from '../../../../src/core/sites/site.js';
import { opBuilder } from '../../../support/op-factory.js';
import { deliveriesArb, opsFromDevicesArb } from '../op-arbitraries.js';

const RUNS = { numRuns: 300 };
const SITE = 'site-east-01';
const FIELDS: (keyof SiteFields)[] = ['name', 'address', 'phone'];

const siteDraftArb: fc.Arbitrary<OpDraft> = fc.oneof(
  fc
    .record({
      name: fc.constantFrom('LEAD East', 'East Hollywood'),
      address: fc.constantFrom('1 Main St', '2 Side St'),
      phone: fc.constantFrom('323-555-0100', '323-555-0199'),
    })
    .map((fields) => ({ type: 'site.created', payload: { siteId: SITE, ...fields } }) as OpDraft),
  fc
    .record(
      {
        name: fc.constantFrom('LEAD East', 'LEAD Eastside', 'Eastside drop-in'),
        address: fc.constantFrom('1 Main St', '3 Corner Ave'),
        phone: fc.constantFrom('323-555-0100', '323-555-0142'),
      },
      { requiredKeys: [] },
    )
    .filter((changes) => Object.keys(changes).length > 0)
    .map((changes) => ({ type: 'site.updated', payload: { siteId: SITE, changes } }) as OpDraft),
);

/** Site ops from up to three admin devices whose clocks drift and sometimes read the same ms. */
const siteOpsArb: fc.Arbitrary<Op[]> = fc
  .array(fc.record({ device: fc.nat({ max: 2 }), draft: siteDraftArb, step: fc.nat({ max: 2000 }) }), {
    minLength: 1,
    maxLength: 15,
  })
  .map((script) => {
    const builders = [0, 1, 2].map((index) => opBuilder(`device_${index}000`, `staff_00000${index}`));
    const walls = builders.map(() => Date.UTC(2026, 11, 1, 19));
    return script.map(({ device, draft, step }, index) => {
      walls[device] = (walls[device] ?? 0) + step;
      return (builders[device] as ReturnType<typeof opBuilder>).op(draft, {
        now: walls[device],
        id: `op_${String(index).padStart(6, '0')}`,
      });
    });
  });

/** What each field should be, the slow way: the value of the latest op (clock, then id) that wrote it. */
function expectedFields(ops: readonly Op[]): Partial<SiteFields> {
  const expected: Partial<SiteFields> = {};
  for (const op of [...ops].sort(compareOps)) {
    const written = op.type === 'site.created' ? op.payload : op.type === 'site.updated' ? op.payload.changes : {};
    for (const field of FIELDS) {
      const value = (written as Partial<SiteFields>)[field];
      if (value !== undefined) expected[field] = value;
    }
  }
  return expected;
}

const siteViewOf = (ops: readonly Op[]) => foldOps(ops).get(`site:${SITE}`) as SiteView | undefined;

const hasSiteKey = (views: ReadonlyMap<string, View>) => [...views.values()].some((view) => 'site' in view);

describe('site merges', () => {
  it('give the same site view for any delivery order, with duplicates', () => {
    fc.assert(
      fc.property(
        siteOpsArb.chain((ops) => fc.tuple(fc.constant(ops), deliveriesArb(ops))),
        ([ops, delivered]) => {
          expect(siteViewOf(delivered)).toEqual(siteViewOf(ops));
        },
      ),
      RUNS,
    );
  });

  it('keep, for each field on its own, the latest write by clock then op id', () => {
    fc.assert(
      fc.property(
        siteOpsArb.chain((ops) => fc.tuple(fc.constant(ops), deliveriesArb(ops))),
        ([ops, delivered]) => {
          const view = siteViewOf(delivered);
          const values = Object.fromEntries(
            FIELDS.flatMap((f) => (view?.fields[f] ? [[f, view.fields[f]?.value]] : [])),
          );
          expect(values).toEqual(expectedFields(ops));
          const creations = ops.filter((op) => op.type === 'site.created').sort(compareOps);
          expect(view?.created?.opId ?? null).toBe(creations[0]?.id ?? null);
        },
      ),
      RUNS,
    );
  });
});

describe('ops of several sites', () => {
  const SITES = [undefined, DEFAULT_SITE_ID, 'site-east-01', 'site-west-01'];
  /** The same ops, each written at one of the sites (or with no site, as before sites). */
  const multiSiteArb = opsFromDevicesArb.chain((ops) =>
    fc
      .array(fc.constantFrom(...SITES), { minLength: ops.length, maxLength: ops.length })
      .map((sites) => ops.map((op, index) => (sites[index] ? { ...op, site: sites[index] } : op))),
  );

  it('fold to the same views, sites included, in any delivery order with duplicates', () => {
    fc.assert(
      fc.property(
        multiSiteArb.chain((ops) => fc.tuple(fc.constant(ops), deliveriesArb(ops))),
        ([ops, delivered]) => {
          expect(foldOps(delivered)).toEqual(foldOps(ops));
        },
      ),
      RUNS,
    );
  });

  it('fold the same when they arrive in batches over already-folded views', () => {
    fc.assert(
      fc.property(
        multiSiteArb.chain((ops) => fc.tuple(fc.constant(ops), deliveriesArb(ops), fc.nat({ max: ops.length }))),
        ([ops, delivered, split]) => {
          const early = foldOps(delivered.slice(0, split));
          const known = new Set(delivered.slice(0, split).map((op) => op.id));
          expect(
            foldOps(
              delivered.slice(split).filter((op) => !known.has(op.id)),
              early,
            ),
          ).toEqual(foldOps(ops));
        },
      ),
      RUNS,
    );
  });

  it('leave every view exactly as before sites when all of them are the default site', () => {
    fc.assert(
      fc.property(
        opsFromDevicesArb.chain((ops) =>
          fc.tuple(fc.constant(ops), fc.array(fc.boolean(), { minLength: ops.length, maxLength: ops.length })),
        ),
        ([ops, named]) => {
          const withDefault = ops.map((op, index) => (named[index] ? { ...op, site: DEFAULT_SITE_ID } : op));
          const views = foldOps(withDefault);
          expect(hasSiteKey(views)).toBe(false);
          expect(views).toEqual(foldOps(ops));
        },
      ),
      RUNS,
    );
  });

  it('put a visit, a request and an item at the site of the op that made them', () => {
    fc.assert(
      fc.property(multiSiteArb, (ops) => {
        const views = foldOps(ops);
        const first = (type: Op['type'], key: (op: Op) => string) => {
          const byKey = new Map<string, Op>();
          for (const op of [...ops].filter((o) => o.type === type).sort(compareOps)) {
            if (!byKey.has(key(op))) byKey.set(key(op), op);
          }
          return byKey;
        };
        const payloadId = (field: string) => (op: Op) => (op.payload as Record<string, string>)[field] as string;
        for (const [visitId, op] of first('visit.checkedIn', payloadId('visitId'))) {
          expect(siteOfView(views.get(`visit:${visitId}`) as VisitView)).toBe(op.site ?? DEFAULT_SITE_ID);
        }
        for (const [requestId, op] of first('request.created', payloadId('requestId'))) {
          expect(siteOfView(views.get(`request:${requestId}`) as RequestView)).toBe(op.site ?? DEFAULT_SITE_ID);
        }
        for (const [itemId, op] of first('catalog.itemAdded', payloadId('itemId'))) {
          expect(siteOfView(views.get(`item:${itemId}`) as ItemView)).toBe(op.site ?? DEFAULT_SITE_ID);
        }
      }),
      RUNS,
    );
  });
});
