import type { StaffActor } from '../actor/actor';
import type { RegisteredStaffAccount } from './staff-account.state';

/** The actor a registered account acts as once signed in. */
export const staffActorOf = (account: RegisteredStaffAccount): StaffActor => ({
  kind: 'staff',
  id: account.accountId,
  role: account.role,
  displayName: account.displayName,
  ...(account.departmentId === null ? {} : { departmentId: account.departmentId }),
  ...(account.centreId === null ? {} : { centreId: account.centreId }),
});
