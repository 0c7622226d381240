import { describe, expect, it } from 'vitest';
import { passwordChangeRequired } from './password-change-rule';
import {
  evolveStaffAccount,
  initialStaffAccountState,
  type RegisteredStaffAccount,
} from './staff-account.state';

const registered = evolveStaffAccount(initialStaffAccountState(), {
  type: 'StaffAccountRegistered',
  data: {
    accountId: 'a-1',
    username: 'handler.li',
    displayName: '李强',
    role: 'department-handler',
    departmentId: 'dept-market-regulation',
    centreId: null,
    passwordHash: 'seeded',
    registeredBy: 'system:identity-demo-data',
  },
}) as RegisteredStaffAccount;

const changed = (by: 'self' | 'administrator') =>
  evolveStaffAccount(registered, {
    type: 'StaffPasswordChanged',
    data: { accountId: 'a-1', passwordHash: 'new', changedBy: by },
  }) as RegisteredStaffAccount;

describe('a demo password must be changed at first login unless demo data is on', () => {
  it('asks a demo account still on the shared password, once demo data is off', () => {
    expect(passwordChangeRequired(registered, { demoAccount: true, demoDataOn: false })).toBe(true);
  });
  it('lets it be while demo data is on, and never asks other accounts', () => {
    expect(passwordChangeRequired(registered, { demoAccount: true, demoDataOn: true })).toBe(false);
    expect(passwordChangeRequired(registered, { demoAccount: false, demoDataOn: false })).toBe(false);
  });
  it('stops asking once the person chose a password, and asks again after an administrator reset', () => {
    expect(passwordChangeRequired(changed('self'), { demoAccount: true, demoDataOn: false })).toBe(false);
    expect(passwordChangeRequired(changed('administrator'), { demoAccount: true, demoDataOn: false })).toBe(
      true,
    );
  });
});
