/**
 * issue 16 — HMIS: the service code an item is exported as. HUD has no codes for meals, hygiene
 * or naloxone; the county's HMIS imports them as custom services, named by these two numbers.
 */
import { z } from '../schema.js';

/** HMIS `RecordType` and `TypeProvided` of a (custom) service, as the county's HMIS admin gives them. */
export const HmisServiceCode = z.object({
  recordType: z.number().int('must be a whole number').min(1, 'must be at least 1').max(999, 'must be at most 999'),
  typeProvided: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(99_999, 'must be at most 99999'),
});
export type HmisServiceCode = z.infer<typeof HmisServiceCode>;
