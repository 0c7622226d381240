import type { StaffRole } from '../roles/role';
import type { StaffAccountEvent } from './staff-account.events';

export interface RegisteredStaffAccount {
  readonly status: 'registered';
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentId: string | null;
  readonly centreId: string | null;
  readonly passwordHash: string;
  readonly disabled: boolean;
  /** Failed logins since the last success, unlock or lock. */
  readonly consecutiveFailures: number;
  /** ISO-8601; the lock is in force while `now` is before it. Kept after expiry until a success or unlock. */
  readonly lockedUntil: string | null;
  /** The person chose the current password (false while it is one an administrator or the seeder set). */
  readonly passwordChosenBySelf: boolean;
}

export type StaffAccountState = { readonly status: 'unregistered' } | RegisteredStaffAccount;

export const initialStaffAccountState = (): StaffAccountState => ({ status: 'unregistered' });

export const evolveStaffAccount = (state: StaffAccountState, event: StaffAccountEvent): StaffAccountState => {
  if (event.type === 'StaffAccountRegistered') {
    const { registeredBy: _registeredBy, ...data } = event.data;
    return {
      status: 'registered',
      ...data,
      disabled: false,
      consecutiveFailures: 0,
      lockedUntil: null,
      passwordChosenBySelf: false,
    };
  }
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'StaffPasswordChanged':
      return {
        ...state,
        passwordHash: event.data.passwordHash,
        passwordChosenBySelf: event.data.changedBy === 'self',
      };
    case 'StaffLoginSucceeded':
      return { ...state, consecutiveFailures: 0, lockedUntil: null };
    case 'StaffLoginFailed':
      return { ...state, consecutiveFailures: event.data.consecutiveFailures };
    case 'StaffAccountLocked':
      // The count restarts: once the lock expires the person gets the full number of attempts again.
      return { ...state, consecutiveFailures: 0, lockedUntil: event.data.lockedUntil };
    case 'StaffAccountUnlocked':
      return { ...state, consecutiveFailures: 0, lockedUntil: null };
    case 'StaffAccountDisabled':
      return { ...state, disabled: true };
  }
};

export type LockStatus = { readonly locked: false } | { readonly locked: true; readonly until: Date };

/** Whether logins are refused at `now` because of failed attempts. */
export const lockStatus = (state: StaffAccountState, now: Date): LockStatus => {
  if (state.status !== 'registered' || state.lockedUntil === null) return { locked: false };
  const until = new Date(state.lockedUntil);
  return now.getTime() < until.getTime() ? { locked: true, until } : { locked: false };
};
