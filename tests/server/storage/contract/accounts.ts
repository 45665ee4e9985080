/** The accounts area of the storage contract: staff, their history, sessions, setup codes, the trust key. */
import { describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS } from '../../../../server/auth/sessions.js';
import { freshStorageEach, type MakeStorage, makeStaff, minutesAfter, T0 } from './harness.js';

export function accountsContract(make: MakeStorage): void {
  describe('accounts', () => {
    const storage = freshStorageEach(make);

    it('creates staff, finds them by id and sign-in name, and lists them by name', async () => {
      const { accounts } = storage();
      const zoe = await makeStaff(storage(), 'zoe');
      const ana = await makeStaff(storage(), 'ana', 'admin');
      expect(await accounts.findStaff(zoe.id)).toEqual(zoe);
      expect(await accounts.findStaffForSignIn('ana')).toEqual({ account: ana, secretHash: 'hash-of-ana' });
      expect(await accounts.findStaffForSignIn('nobody')).toBeUndefined();
      expect((await accounts.listStaff()).map((staff) => staff.loginName)).toEqual(['ana', 'zoe']);
      expect(await accounts.countActiveAdmins()).toBe(1);
      expect(await accounts.loginNameTaken('zoe')).toBe(true);
    });

    it('answers login_taken for a taken sign-in name and writes nothing for it', async () => {
      const { accounts, audit } = storage();
      await makeStaff(storage(), 'sam');
      const again = await accounts.createStaff(
        T0,
        { displayName: 'Other Sam', loginName: 'sam', role: 'staff', secretHash: 'x' },
        (account) => ({ action: 'staff.created', target: account.loginName }),
      );
      expect(again).toBe('login_taken');
      expect((await accounts.listStaff()).map((staff) => staff.displayName)).toEqual(['sam Person']);
      expect((await audit.list({ limit: 10 })).entries).toEqual([]);
    });

    it('keeps each account’s role and active state over time, with the audit entry of each change', async () => {
      const { accounts, audit } = storage();
      const lee = await makeStaff(storage(), 'lee');
      const later = minutesAfter(T0, 10);
      const promoted = await accounts.updateStaff(lee.id, { role: 'admin' }, later, { action: 'staff.updated' });
      expect(promoted).toMatchObject({ role: 'admin', disabled: false });
      const disabledAt = minutesAfter(T0, 20);
      expect(await accounts.setStaffDisabled(lee.id, true, disabledAt, { action: 'staff.disabled' })).toMatchObject({
        disabled: true,
      });
      expect(await accounts.staffStateAt(lee.id, T0.getTime() - 1)).toBeUndefined();
      expect(await accounts.staffStateAt(lee.id, minutesAfter(T0, 5).getTime())).toEqual({
        role: 'staff',
        active: true,
      });
      expect(await accounts.staffStateAt(lee.id, minutesAfter(T0, 15).getTime())).toEqual({
        role: 'admin',
        active: true,
      });
      expect(await accounts.staffStateAt(lee.id, disabledAt.getTime())).toEqual({ role: 'admin', active: false });
      expect((await audit.list({ limit: 10 })).entries.map((entry) => entry.action)).toEqual([
        'staff.disabled',
        'staff.updated',
      ]);
      expect(await accounts.updateStaff('no-such-id', { displayName: 'X' }, later, { action: 'x' })).toBeUndefined();
    });

    it('keeps the sites an account may act for: none (every site) at first, then as last set', async () => {
      const { accounts, audit } = storage();
      const sam = await makeStaff(storage(), 'sam');
      expect(sam.sites).toEqual([]);
      const entry = { action: 'staff.updated', target: 'sam' };
      const limited = await accounts.updateStaff(sam.id, { sites: ['site-west', 'site-east', 'site-west'] }, T0, entry);
      expect(limited?.sites).toEqual(['site-east', 'site-west']);
      expect((await accounts.findStaff(sam.id))?.sites).toEqual(['site-east', 'site-west']);
      expect((await accounts.findStaffForSignIn('sam'))?.account.sites).toEqual(['site-east', 'site-west']);
      expect((await accounts.listStaff()).find((account) => account.id === sam.id)?.sites).toEqual([
        'site-east',
        'site-west',
      ]);
      // Renaming leaves the sites as they are; an empty list means every site again.
      expect((await accounts.updateStaff(sam.id, { displayName: 'Sam B' }, T0, entry))?.sites).toEqual([
        'site-east',
        'site-west',
      ]);
      expect((await accounts.updateStaff(sam.id, { sites: [] }, T0, entry))?.sites).toEqual([]);
      expect((await audit.list({ limit: 10 })).entries.filter((e) => e.action === 'staff.updated')).toHaveLength(3);
    });

    it('resumes a session until it idles out, and ends it at sign-out', async () => {
      const { accounts } = storage();
      const kim = await makeStaff(storage(), 'kim');
      await accounts.startSession('token-hash-1', kim.id, null, T0);
      expect(await accounts.resumeSession('token-hash-1', minutesAfter(T0, 5))).toEqual({
        tokenHash: 'token-hash-1',
        staffId: kim.id,
        lastSeenAt: minutesAfter(T0, 5).getTime(),
      });
      expect(await accounts.resumeSession('unknown', T0)).toBeUndefined();
      const idle = new Date(minutesAfter(T0, 5).getTime() + SESSION_IDLE_MS);
      expect(await accounts.resumeSession('token-hash-1', idle)).toBeUndefined();

      await accounts.startSession('token-hash-2', kim.id, null, T0);
      await accounts.endSession('token-hash-2', minutesAfter(T0, 1), { action: 'sign_out', actorId: kim.id });
      expect(await accounts.resumeSession('token-hash-2', minutesAfter(T0, 2))).toBeUndefined();
    });

    it('lists the sessions of a staff member live in a time range', async () => {
      const { accounts } = storage();
      const one = await makeStaff(storage(), 'one');
      const two = await makeStaff(storage(), 'two');
      await accounts.startSession('one-early', one.id, null, T0);
      await accounts.endSession('one-early', minutesAfter(T0, 5), { action: 'sign_out' });
      await accounts.startSession('one-late', one.id, null, minutesAfter(T0, 30));
      await accounts.startSession('two', two.id, null, T0);
      const spansAt = async (from: number, until: number) =>
        (
          await accounts.sessionsOverlapping(
            one.id,
            minutesAfter(T0, from).getTime(),
            minutesAfter(T0, until).getTime(),
          )
        )
          .map((span) => span.tokenHash)
          .sort();
      expect(await spansAt(1, 2)).toEqual(['one-early']);
      expect(await spansAt(10, 20)).toEqual([]);
      expect(await spansAt(4, 31)).toEqual(['one-early', 'one-late']);
      const [early] = await accounts.sessionsOverlapping(one.id, T0.getTime(), T0.getTime());
      expect(early).toEqual({
        tokenHash: 'one-early',
        deviceId: null,
        from: T0.getTime(),
        until: minutesAfter(T0, 5).getTime(),
      });
    });

    it('disabling ends every session; a new secret ends all but the caller’s own', async () => {
      const { accounts } = storage();
      const pat = await makeStaff(storage(), 'pat');
      await accounts.startSession('pat-a', pat.id, null, T0);
      await accounts.startSession('pat-b', pat.id, null, T0);
      const at = minutesAfter(T0, 1);
      await accounts.resetStaffSecret(pat.id, 'new-hash', at, 'pat-a', { action: 'staff.secret_reset' });
      expect(await accounts.resumeSession('pat-a', at)).toBeDefined();
      expect(await accounts.resumeSession('pat-b', at)).toBeUndefined();
      expect((await accounts.findStaffForSignIn('pat'))?.secretHash).toBe('new-hash');
      await accounts.setStaffDisabled(pat.id, true, minutesAfter(T0, 2), { action: 'staff.disabled' });
      expect(await accounts.resumeSession('pat-a', minutesAfter(T0, 2))).toBeUndefined();
      const spans = await accounts.sessionsOverlapping(
        pat.id,
        minutesAfter(T0, 3).getTime(),
        minutesAfter(T0, 4).getTime(),
      );
      expect(spans).toEqual([]);
    });

    it('uses a setup code once, before it expires, to create the first admin', async () => {
      const { accounts, audit } = storage();
      await accounts.replaceSetupCode('old-code', minutesAfter(T0, 60));
      await accounts.replaceSetupCode('code-hash', minutesAfter(T0, 60));
      const admin = { displayName: 'Ana Admin', loginName: 'ana', role: 'admin' as const, secretHash: 'h' };
      const setupAudit = (account: { id: string }) => ({ action: 'setup.completed', actorId: account.id });
      expect(await accounts.completeSetup('old-code', T0, admin, setupAudit)).toBe('code_invalid');
      expect(await accounts.completeSetup('code-hash', minutesAfter(T0, 61), admin, setupAudit)).toBe('code_invalid');
      const created = await accounts.completeSetup('code-hash', T0, admin, setupAudit);
      expect(created).toMatchObject({ loginName: 'ana', role: 'admin' });
      expect(await accounts.completeSetup('code-hash', T0, { ...admin, loginName: 'bo' }, setupAudit)).toBe(
        'code_invalid',
      );
      expect(await accounts.countActiveAdmins()).toBe(1);
      expect((await audit.list({ limit: 5 })).entries.map((entry) => entry.action)).toEqual(['setup.completed']);
    });

    it('keeps the first trust-cookie key it is given', async () => {
      const { accounts } = storage();
      expect(await accounts.trustCookieKey('first-key')).toBe('first-key');
      expect(await accounts.trustCookieKey('second-key')).toBe('first-key');
    });
  });
}
