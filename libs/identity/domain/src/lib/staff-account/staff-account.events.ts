import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { StaffRole } from '../roles/role';

export type StaffAccountRegistered = DomainEvent<
  'StaffAccountRegistered',
  {
    readonly accountId: string;
    readonly username: string;
    readonly displayName: string;
    readonly role: StaffRole;
    readonly departmentId: string | null;
    readonly centreId: string | null;
    /** Argon2id PHC string, computed outside the domain. */
    readonly passwordHash: string;
    readonly registeredBy: string;
  }
>;

export type StaffPasswordChanged = DomainEvent<
  'StaffPasswordChanged',
  {
    readonly accountId: string;
    readonly passwordHash: string;
    /** `self` after proving the old password; `administrator` for a reset. */
    readonly changedBy: 'self' | 'administrator';
  }
>;

export type StaffLoginSucceeded = DomainEvent<'StaffLoginSucceeded', { readonly accountId: string }>;

export type StaffLoginFailed = DomainEvent<
  'StaffLoginFailed',
  { readonly accountId: string; readonly consecutiveFailures: number }
>;

/**
 * Recorded by the lockout the platform had until 2026-12 (five failures locked the account). No longer
 * emitted — logins are throttled per (account, client) instead — but kept so the history still folds.
 */
export type StaffAccountLocked = DomainEvent<
  'StaffAccountLocked',
  {
    readonly accountId: string;
    /** ISO-8601 instant from which logins are accepted again. */
    readonly lockedUntil: string;
    readonly consecutiveFailures: number;
  }
>;

export type StaffAccountUnlocked = DomainEvent<
  'StaffAccountUnlocked',
  { readonly accountId: string; readonly unlockedBy: string }
>;

export type StaffAccountDisabled = DomainEvent<
  'StaffAccountDisabled',
  { readonly accountId: string; readonly disabledBy: string; readonly reason: string }
>;

export type StaffAccountEvent =
  | StaffAccountRegistered
  | StaffPasswordChanged
  | StaffLoginSucceeded
  | StaffLoginFailed
  | StaffAccountLocked
  | StaffAccountUnlocked
  | StaffAccountDisabled;

export const STAFF_ACCOUNT_EVENT_TYPES: readonly StaffAccountEvent['type'][] = [
  'StaffAccountRegistered',
  'StaffPasswordChanged',
  'StaffLoginSucceeded',
  'StaffLoginFailed',
  'StaffAccountLocked',
  'StaffAccountUnlocked',
  'StaffAccountDisabled',
];
