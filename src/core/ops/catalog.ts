/**
 * Catalog and settings ops: the things people can ask for, and the center's hours. Item fields
 * and settings are last-writer-wins each on their own.
 */
import { z } from '../schema.js';
import { lineText } from '../text.js';
import { HmisServiceCode } from './hmis-service-code.js';
import { Id, IsoDateTime } from './ids.js';

/** More than enough for every language spoken at the center. */
export const MAX_ITEM_LANGUAGES = 20;

const Limit = z.number().int('must be a whole number').min(1, 'must be at least 1').max(100);

export const ItemCategory = z.enum([
  'food',
  'services',
  'hygiene',
  'clothing',
  'shelter',
  'healthSafety',
  'pets',
  'caseManager',
]);
export type ItemCategory = z.infer<typeof ItemCategory>;

export const ItemFields = z.object({
  /** Names by language code; English is required, others fall back to it. */
  names: z
    .record(
      z
        .string()
        // A language, with a script where the language needs one: "es", "zh-Hant".
        .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'must be a language code such as "es" or "zh-Hant"')
        .max(8),
      lineText(60),
    )
    .refine((names) => typeof names.en === 'string', 'needs an English name')
    .refine((names) => Object.keys(names).length <= MAX_ITEM_LANGUAGES, `has more than ${MAX_ITEM_LANGUAGES} languages`)
    .meta({ maxProperties: MAX_ITEM_LANGUAGES }),
  icon: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .max(40),
  category: ItemCategory,
  /** `tracked` items have stock; a `service` (charging, internet, case manager) does not. */
  kind: z.enum(['tracked', 'service']),
  unit: lineText(30).nullable(),
  minimum: z.number().int().min(0).max(100_000).nullable(),
  perVisitLimit: Limit.nullable(),
  /** Asked for under the neutral "health and safety supplies" tile, never spelled out on screen. */
  discreet: z.boolean(),
  /** Order on the kiosk (smaller first). */
  position: z.number().int().min(0).max(10_000),
  retired: z.boolean(),
  /**
   * issue 16: the county HMIS custom service this item is exported as; null or absent leaves the
   * item out of the HMIS export's Services.csv. Optional so older items stay valid.
   */
  hmisService: HmisServiceCode.nullable().optional(),
});
export type ItemFields = z.infer<typeof ItemFields>;
export type ItemField = keyof ItemFields;

export const ItemAdded = z.object({ itemId: Id, item: ItemFields });
export type ItemAdded = z.infer<typeof ItemAdded>;

export const ItemUpdated = z.object({
  itemId: Id,
  changes: ItemFields.partial().refine((changes) => Object.keys(changes).length > 0, 'changes nothing'),
});
export type ItemUpdated = z.infer<typeof ItemUpdated>;

export const ItemRetired = z.object({ itemId: Id });
export type ItemRetired = z.infer<typeof ItemRetired>;

const Time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM')
  .max(5);

export const OpeningSlot = z
  .object({
    weekday: z.number().int().min(0).max(6),
    opens: Time,
    closes: Time,
  })
  .refine((slot) => slot.opens < slot.closes, 'must close after it opens');
export type OpeningSlotValue = z.infer<typeof OpeningSlot>;

export const HoursSet = z.object({ hours: z.array(OpeningSlot).max(21) });
export type HoursSet = z.infer<typeof HoursSet>;

/** Staff can open the kiosk for a special event (or close it) until a given time; null clears it. */
export const OpenOverrideSet = z.object({
  override: z.object({ mode: z.enum(['open', 'closed']), until: IsoDateTime }).nullable(),
});
export type OpenOverrideSet = z.infer<typeof OpenOverrideSet>;

export const LimitSet = z.object({ itemId: Id, perVisitLimit: Limit.nullable() });
export type LimitSet = z.infer<typeof LimitSet>;
