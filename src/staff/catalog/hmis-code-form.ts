/** issue 16 — HMIS: an item's service code as typed (two numbers) and back; both empty means no code. */
import { HmisServiceCode } from '../../core/ops/hmis-service-code.js';

export interface HmisCodeFormValues {
  readonly recordType: string;
  readonly typeProvided: string;
}

export function formFromHmisCode(code: HmisServiceCode | null | undefined): HmisCodeFormValues {
  return code
    ? { recordType: String(code.recordType), typeProvided: String(code.typeProvided) }
    : { recordType: '', typeProvided: '' };
}

/** The code, null for "no code" (both empty), or undefined when it cannot be saved as typed. */
export function parseHmisCodeForm(values: HmisCodeFormValues): HmisServiceCode | null | undefined {
  const recordType = values.recordType.trim();
  const typeProvided = values.typeProvided.trim();
  if (recordType === '' && typeProvided === '') return null;
  const number = (typed: string) => (/^\d{1,5}$/.test(typed) ? Number(typed) : Number.NaN);
  const parsed = HmisServiceCode.safeParse({ recordType: number(recordType), typeProvided: number(typeProvided) });
  return parsed.success ? parsed.data : undefined;
}
