import type { StaffRole } from '@qinqing/identity/domain';
import type { StaffAccountRow } from '../projections/staff-accounts/staff-accounts.projection';

/** A staff account as administrators see it; never the password hash. */
export interface StaffAccountView {
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentId: string | null;
  readonly centreId: string | null;
  readonly status: 'active' | 'locked' | 'disabled';
  readonly lockedUntil: string | null;
  readonly lastLoginAt: string | null;
}

export const staffAccountView = (row: StaffAccountRow, now: Date): StaffAccountView => {
  const locked = row.lockedUntil !== null && row.lockedUntil.getTime() > now.getTime();
  return {
    accountId: row.accountId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    departmentId: row.departmentId,
    centreId: row.centreId,
    status: row.disabled ? 'disabled' : locked ? 'locked' : 'active',
    lockedUntil: locked && row.lockedUntil !== null ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt === null ? null : row.lastLoginAt.toISOString(),
  };
};
