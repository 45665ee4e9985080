/**
 * The waiting-time setting (issue 15) against a real server: only an admin may set it, a bad
 * one is refused with a reason and stored nowhere, and the settings view carries the latest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opBuilder, testId } from '../../support/op-factory.js';
import { push, type SyncWorld, snapshotOf, startSyncWorld } from './sync-support.js';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.server.close();
});

const thresholds = (amberMinutes: number, redMinutes: number) =>
  ({ type: 'settings.waitThresholdsSet', payload: { amberMinutes, redMinutes } }) as const;

describe('settings.waitThresholdsSet', () => {
  it('is for admins: a staff member is refused, an admin accepted, and the snapshot has it', async () => {
    const byStaff = opBuilder(testId('laptop'), world.staffId, Date.now());
    const refused = await push(world.staff, [byStaff.op(thresholds(5, 10))]);
    expect(refused.body.results.map((result) => result.reason)).toEqual(['forbidden']);

    const byAdmin = opBuilder(testId('laptop'), world.adminId, Date.now());
    const accepted = await push(world.admin, [byAdmin.op(thresholds(20, 40))]);
    expect(accepted.body.results.map((result) => result.status)).toEqual(['accepted']);
    const settings = (await snapshotOf(world.admin)).body.views.find((record) => record.key === 'settings');
    expect(settings?.view).toMatchObject({ waitThresholds: { value: { amberMinutes: 20, redMinutes: 40 } } });
  });

  it('refuses red that does not come after amber, and minutes out of range, storing neither', async () => {
    const byAdmin = opBuilder(testId('laptop'), world.adminId, Date.now());
    const same = byAdmin.op(thresholds(30, 30));
    const tooLong = byAdmin.op(thresholds(15, 601));
    const response = await push(world.admin, [same, tooLong]);
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      expect.objectContaining({
        id: same.id,
        reason: 'invalid',
        message: expect.stringContaining('red must come after amber'),
      }),
      expect.objectContaining({ id: tooLong.id, reason: 'invalid' }),
    ]);
    const stored = await world.server.peekValue('SELECT count(*) FROM ops WHERE id IN (?, ?)', same.id, tooLong.id);
    expect(stored).toBe(0);
  });
});
