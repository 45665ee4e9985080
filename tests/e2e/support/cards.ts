/**
 * Member cards in end-to-end tests: enroll someone through the console API, and read a card's
 * QR code back from a screenshot, the way a camera would see the printed card.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { Session } from '../../../src/core/auth/api.js';
import type { ProfileFields } from '../../../src/core/ops/participants.js';
// The `window.leadDropin` console API's type.
import type {} from '../../../src/sync/console-api.js';
import { uniqueName } from './names.js';

let enrolled = 0;

/**
 * `path` on the server the page shows (a test may run a server of its own beside the shared
 * one); relative to the context's base URL when the page has not been anywhere yet.
 */
function onPagesServer(page: Page, path: string): string {
  return page.url().startsWith('http') ? new URL(path, page.url()).href : path;
}

/** Enrolls a participant on this page's device as the signed-in staff member; returns the id. */
export async function enrollThroughConsole(page: Page, profile: Partial<ProfileFields> = {}): Promise<string> {
  const session = await page.request.get(onPagesServer(page, '/api/session'));
  const staffId = Session.parse(await session.json()).staff.id;
  enrolled += 1;
  const participantId = `e2e_person_${Date.now()}_${enrolled}`;
  const full: ProfileFields = {
    preferredName: uniqueName('Teodoro'),
    lastName: 'Alvarado',
    aliases: [],
    pronouns: null,
    // None unless a test asks: a kiosk switches to a participant's language after they check in.
    language: null,
    birthDate: null,
    referral: 'communityServiceProvider',
    kioskConfirmation: false,
    ...profile,
  };
  const result = await page.evaluate(
    ([id, fields, actor]) =>
      window.leadDropin?.record(
        {
          type: 'participant.enrolled',
          payload: {
            participantId: id,
            profile: fields,
            consent: { agreed: true, at: new Date().toISOString(), recordedBy: actor, textVersion: '2026-11' },
          },
        },
        actor,
      ),
    [participantId, full, staffId] as const,
  );
  if (!result?.ok) throw new Error(`enrolment failed: ${JSON.stringify(result)}`);
  return participantId;
}

/** The text of the QR code in a PNG image, or null when none can be read. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The participant's cards as this device sees them. */
export async function cardsOf(
  page: Page,
  participantId: string,
): Promise<{ tokenHash: string | null; revoked: { reason: string } | null }[]> {
  const views = (await page.evaluate(() => window.leadDropin?.views())) as Record<string, { cards?: object }>;
  return Object.values(views[`participant:${participantId}`]?.cards ?? {});
}

/**
 * Makes a card on the print page as staff would (`reason` new or lost) and returns the card as
 * an image and its payload, read back from the image as a camera would.
 */
export async function printCard(
  page: Page,
  participantId: string,
  reason: 'new' | 'lost' = 'new',
): Promise<{ png: Buffer; payload: string }> {
  await page.goto(onPagesServer(page, `/staff/cards/print?participants=${participantId}&reason=${reason}`));
  await page.getByRole('button', { name: 'Make cards' }).click();
  const png = await page.locator('.member-card').screenshot();
  const payload = decodeQr(png);
  if (!payload) throw new Error('the printed card has no readable QR code');
  return { png, payload };
}
