/**
 * Request and response shapes of the reports API. The server validates and documents with them
 * (OpenAPI); the report page will read with them.
 */
import { ItemCategory } from '../ops/catalog.js';
import { NotTodayReason } from '../ops/conversations.js';
import { Day, Id } from '../ops/ids.js';
import { ReferralPathway } from '../ops/participants.js';
import { z } from '../schema.js';
import { rangeProblem } from './range.js';
import { REPORT_TABLES } from './tables.js';
import { UNMET_REASONS } from './unmet-need.js';

/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD`, at most 400 days, `from` not after `to`; `&site=<id>` for one
 * site's figures (participants counted once across the program; ADR 0019), every site without it.
 */
export const ReportQuery = z
  .object({
    from: Day,
    to: Day,
    site: Id.optional().describe("One site's figures; the whole program's when left out."),
  })
  .superRefine((range, context) => {
    const problem = rangeProblem(range);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportTableParams = z.object({ table: z.enum(REPORT_TABLES) });

const Count = z.number().int();
/** An exact count, or `{ suppressed: true }` for "fewer than 5". */
const Suppressed = z.object({ suppressed: z.literal(true), reason: z.enum(['small', 'complementary']) });
export const CellCount = z.union([Count, Suppressed]).meta({
  id: 'CellCount',
  description:
    'A count, or { suppressed: true, reason }: `small` when it is from 1 to 4 ("fewer than 5"), `complementary` when a total beside it would give a small one away ("not shown").',
});
const Minutes = z.union([Count, Suppressed]).nullable();
const Name = z.string().max(200);

export const ReportResponse = z
  .object({
    range: z.object({ from: Day, to: Day }),
    days: z.array(Day),
    visits: z.array(
      z.object({
        day: Day,
        scheduled: z.boolean(),
        specialOpening: z.boolean(),
        participants: CellCount,
        visitors: CellCount,
        total: Count,
      }),
    ),
    people: z.object({
      unduplicated: CellCount,
      visitorVisits: CellCount,
      newEnrolments: CellCount,
      byPathway: z.array(z.object({ pathway: ReferralPathway, participants: CellCount })),
      byGroup: z.object({ community: CellCount, lawEnforcementDiversion: CellCount }),
    }),
    handedOut: z.array(
      z.object({
        itemId: z.string(),
        name: Name,
        category: ItemCategory.nullable(),
        fromRequests: CellCount,
        walkUp: CellCount,
        total: CellCount,
      }),
    ),
    handedOutByCategory: z.array(z.object({ category: ItemCategory.nullable(), total: CellCount })),
    unmetNeed: z.array(
      z.object({
        itemId: z.string(),
        name: Name,
        reason: z.enum(UNMET_REASONS),
        quantity: CellCount,
        requests: CellCount,
      }),
    ),
    stock: z.array(
      z.object({
        itemId: z.string(),
        name: Name,
        minimum: Count.nullable(),
        levels: z.array(Count),
        lowest: Count,
      }),
    ),
    waitTimes: z.array(z.object({ day: Day, handOuts: CellCount, medianMinutes: Minutes, p90Minutes: Minutes })),
    talks: z.array(
      z.object({
        topicId: z.string(),
        name: Name,
        outcome: z.enum(['done', 'notToday', 'open']),
        reason: NotTodayReason.nullable(),
        conversations: CellCount,
      }),
    ),
    harmReduction: z.object({
      naloxoneKits: CellCount,
      discreetSupplies: z.array(z.object({ itemId: z.string(), name: Name, quantity: CellCount })),
      reversalsReported: CellCount,
      replacementKitsAsked: CellCount,
    }),
  })
  .meta({ id: 'Report' });
export type ReportResponse = z.infer<typeof ReportResponse>;
