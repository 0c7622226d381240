import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import type { StaffAccountEvent, StaffAccountRegistered } from './staff-account.events';
import { staffAccountDecider } from './staff-account.decide';
import { staffAccountStreamId } from './staff-account.stream';

const T0 = new Date('2026-03-02T02:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const given = deciderSpecification(staffAccountDecider(), { now: T0 });

const registered: StaffAccountRegistered = {
  type: 'StaffAccountRegistered',
  data: {
    accountId: 'acc-1',
    username: 'handler.li',
    displayName: '李强',
    role: 'department-handler',
    departmentId: 'dept-market-regulation',
    centreId: null,
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$old',
    registeredBy: 'admin-1',
  },
};

const failed = (n: number): StaffAccountEvent => ({
  type: 'StaffLoginFailed',
  data: { accountId: 'acc-1', consecutiveFailures: n },
});

const lockedAt = (at: Date): StaffAccountEvent => ({
  type: 'StaffAccountLocked',
  data: {
    accountId: 'acc-1',
    lockedUntil: new Date(at.getTime() + 15 * 60_000).toISOString(),
    consecutiveFailures: 5,
  },
});

const fourFailures = [registered, failed(1), failed(2), failed(3), failed(4)];

describe('staff account', () => {
  describe('registration', () => {
    const register = {
      type: 'RegisterStaffAccount',
      accountId: 'acc-1',
      username: ' Handler.LI ',
      displayName: ' 李强 ',
      role: 'department-handler',
      departmentId: 'dept-market-regulation',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$old',
      registeredBy: 'admin-1',
    } as const;

    it('registers with a normalised username and trimmed name', () => {
      given([]).when(register).then([registered]);
    });

    it('refuses a username that is taken', () => {
      given([registered]).when(register).thenRejects('username-taken', 'conflict');
    });

    it('refuses a malformed username', () => {
      given([])
        .when({ ...register, username: '王' })
        .thenRejects('invalid-username', 'validation');
      given([])
        .when({ ...register, username: '1abc' })
        .thenRejects('invalid-username', 'validation');
    });

    it('refuses an empty display name', () => {
      given([])
        .when({ ...register, displayName: '   ' })
        .thenRejects('invalid-display-name', 'validation');
    });

    it('requires a department for a department handler and refuses one for other roles', () => {
      given([])
        .when({ ...register, departmentId: null })
        .thenRejects('department-required', 'validation');
      given([])
        .when({ ...register, role: 'supervisor' })
        .thenRejects('department-not-applicable', 'validation');
      // A leading official's unit is its liaison profile's (libs/liaison), not the account's.
      given([])
        .when({ ...register, role: 'leading-official' })
        .thenRejects('department-not-applicable', 'validation');
      given([])
        .when({ ...register, role: 'leading-official', departmentId: null })
        .then([
          { ...registered, data: { ...registered.data, role: 'leading-official', departmentId: null } },
        ]);
    });

    it('requires a centre for service staff and refuses one for other roles', () => {
      given([])
        .when({ ...register, role: 'service-staff', departmentId: null })
        .thenRejects('centre-required', 'validation');
      given([])
        .when({ ...register, centreId: 'centre-haishu' })
        .thenRejects('centre-not-applicable', 'validation');
      given([])
        .when({ ...register, role: 'service-staff', departmentId: null, centreId: 'centre-haishu' })
        .thenEvents(([event]) =>
          expect(event).toMatchObject({ data: { centreId: 'centre-haishu', departmentId: null } }),
        );
    });

    it('refuses a role that is not a staff role', () => {
      given([])
        .when({ ...register, role: 'kiosk-device' as never })
        .thenRejects('invalid-role', 'validation');
    });

    it('keys the stream by the normalised username', () => {
      expect(staffAccountStreamId(' Handler.LI ')).toBe('identity-staff-account-handler.li');
      expect(staffAccountStreamId('ｈａｎｄｌｅｒ.li')).toBe('identity-staff-account-handler.li');
    });
  });

  describe('login', () => {
    it('records a successful login', () => {
      given([registered])
        .when({ type: 'RecordLoginAttempt', passwordMatched: true })
        .then([{ type: 'StaffLoginSucceeded', data: { accountId: 'acc-1' } }]);
    });

    it('counts consecutive failures', () => {
      given([registered, failed(1)])
        .when({ type: 'RecordLoginAttempt', passwordMatched: false })
        .then([failed(2)]);
    });

    it('a success resets the count', () => {
      given([registered, failed(1), failed(2), { type: 'StaffLoginSucceeded', data: { accountId: 'acc-1' } }])
        .when({ type: 'RecordLoginAttempt', passwordMatched: false })
        .then([failed(1)]);
    });

    it('never locks: the 50th consecutive failure is recorded like the first', () => {
      given([registered, ...Array.from({ length: 49 }, (_, i) => failed(i + 1))])
        .when({ type: 'RecordLoginAttempt', passwordMatched: false })
        .then([failed(50)]);
    });

    it('accepts the right password after any number of failures (throttling is per client, outside)', () => {
      given(fourFailures)
        .when({ type: 'RecordLoginAttempt', passwordMatched: true })
        .then([{ type: 'StaffLoginSucceeded', data: { accountId: 'acc-1' } }]);
    });

    it('still folds a lock recorded before 2026-12, and no longer refuses because of it', () => {
      given([...fourFailures, failed(5), lockedAt(T0)])
        .when({ type: 'RecordLoginAttempt', passwordMatched: true }, { now: minutes(1) })
        .then([{ type: 'StaffLoginSucceeded', data: { accountId: 'acc-1' } }]);
      given([...fourFailures, failed(5), lockedAt(T0)])
        .when({ type: 'RecordLoginAttempt', passwordMatched: false }, { now: minutes(1) })
        .then([failed(1)]);
    });

    it('refuses a login to a disabled account', () => {
      given([
        registered,
        { type: 'StaffAccountDisabled', data: { accountId: 'acc-1', disabledBy: 'admin-1', reason: 'left' } },
      ])
        .when({ type: 'RecordLoginAttempt', passwordMatched: true })
        .thenRejects('account-disabled', 'forbidden');
    });

    it('refuses a login to an account that does not exist', () => {
      given([])
        .when({ type: 'RecordLoginAttempt', passwordMatched: true })
        .thenRejects('account-not-found', 'not-found');
    });
  });

  describe('administration', () => {
    it('an administrator clears the failures (and, outside the domain, the throttles)', () => {
      given(fourFailures)
        .when({ type: 'UnlockStaffAccount', unlockedBy: 'admin-1' }, { now: minutes(1) })
        .then([{ type: 'StaffAccountUnlocked', data: { accountId: 'acc-1', unlockedBy: 'admin-1' } }]);
    });

    it('after clearing, failures count from one again', () => {
      given([
        ...fourFailures,
        { type: 'StaffAccountUnlocked', data: { accountId: 'acc-1', unlockedBy: 'admin-1' } },
      ])
        .when({ type: 'RecordLoginAttempt', passwordMatched: false })
        .then([failed(1)]);
    });

    it('clearing an account without failures changes nothing', () => {
      given([registered]).when({ type: 'UnlockStaffAccount', unlockedBy: 'admin-1' }).then([]);
    });

    it('clearing after a single failure is recorded', () => {
      given([registered, failed(1)])
        .when({ type: 'UnlockStaffAccount', unlockedBy: 'admin-1' })
        .then([{ type: 'StaffAccountUnlocked', data: { accountId: 'acc-1', unlockedBy: 'admin-1' } }]);
    });

    it('changes the password', () => {
      given([registered])
        .when({ type: 'ChangeStaffPassword', passwordHash: 'new-hash', changedBy: 'administrator' })
        .then([
          {
            type: 'StaffPasswordChanged',
            data: { accountId: 'acc-1', passwordHash: 'new-hash', changedBy: 'administrator' },
          },
        ]);
    });

    it('disables an account once', () => {
      const disabled: StaffAccountEvent = {
        type: 'StaffAccountDisabled',
        data: { accountId: 'acc-1', disabledBy: 'admin-1', reason: '调离' },
      };
      given([registered])
        .when({ type: 'DisableStaffAccount', disabledBy: 'admin-1', reason: ' 调离 ' })
        .then([disabled]);
      given([registered, disabled])
        .when({ type: 'DisableStaffAccount', disabledBy: 'admin-1', reason: '调离' })
        .then([]);
    });

    it('an administrator cannot disable their own account', () => {
      given([registered])
        .when({ type: 'DisableStaffAccount', disabledBy: 'acc-1', reason: '' })
        .thenRejects('cannot-disable-self', 'forbidden');
    });

    it('a disabled account cannot have its password changed', () => {
      given([
        registered,
        { type: 'StaffAccountDisabled', data: { accountId: 'acc-1', disabledBy: 'admin-1', reason: '' } },
      ])
        .when({ type: 'ChangeStaffPassword', passwordHash: 'x', changedBy: 'administrator' })
        .thenRejects('account-disabled', 'forbidden');
    });
  });
});
