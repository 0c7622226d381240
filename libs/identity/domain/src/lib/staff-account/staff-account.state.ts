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
  /** Failed logins since the last success or unlock (from any client; the throttles count per client). */
  readonly consecutiveFailures: number;
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
      return { ...state, consecutiveFailures: 0 };
    case 'StaffLoginFailed':
      return { ...state, consecutiveFailures: event.data.consecutiveFailures };
    case 'StaffAccountLocked':
      // History only: accounts were locked until 2026-12; a lock then restarted the count. Never emitted now.
      return { ...state, consecutiveFailures: 0 };
    case 'StaffAccountUnlocked':
      return { ...state, consecutiveFailures: 0 };
    case 'StaffAccountDisabled':
      return { ...state, disabled: true };
  }
};
