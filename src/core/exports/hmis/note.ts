/** issue 16 — HMIS: README.txt inside the zip: the range, what it holds, and what it leaves out and why. */
import type { HmisLeftOut } from './services.js';

/** What README.txt says; in English, for the case manager and the county's HMIS admin. */
export function hmisNote(
  input: { readonly from: string; readonly to: string; readonly exportId: string },
  counts: { readonly clients: number; readonly services: number },
  leftOut: HmisLeftOut,
): string {
  const lines = [
    `HMIS export ${input.exportId}: hand-outs from ${input.from} to ${input.to} (HUD HMIS CSV FY2026 shape).`,
    '',
    `Sent: ${counts.clients} client(s) with HMIS consent and ${counts.services} service row(s).`,
    'Each hand-out line keeps the same ServicesID in every export, so importing again updates it instead of adding it twice.',
    'FAAmount carries the quantity handed out (HUD has no quantity column; custom services read it as the units).',
    '',
    'Left out:',
    `- ${leftOut.withoutConsent.lines} hand-out line(s) for ${leftOut.withoutConsent.participants} participant(s) without HMIS consent (neither the person nor their services are in this export).`,
    `- ${leftOut.withoutCode.lines} hand-out line(s) of item(s) with no HMIS service code${
      leftOut.withoutCode.items.length > 0 ? `: ${leftOut.withoutCode.items.join(', ')}` : ''
    } (set the code on the item in Catalog and hours).`,
    `- ${leftOut.visitors.lines} hand-out line(s) for visitors who are not enrolled.`,
    '',
    'Exit.csv has only its header: stopping participation in the drop-in center is not an HMIS exit.',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
