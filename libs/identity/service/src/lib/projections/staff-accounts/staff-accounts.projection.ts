import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { STAFF_ACCOUNT_EVENT_TYPES, type StaffAccountEvent, type StaffRole } from '@qinqing/identity/domain';
import { revokeSubjectSessions } from '../../sessions/session.store';

export const STAFF_ACCOUNTS_PROJECTION = 'identity_staff_accounts';

export interface StaffAccountRow {
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentId: string | null;
  readonly centreId: string | null;
  readonly disabled: boolean;
  readonly consecutiveFailures: number;
  readonly lockedUntil: Date | null;
  readonly registeredAt: Date;
  readonly lastLoginAt: Date | null;
}

interface Row {
  account_id: string;
  username: string;
  display_name: string;
  role: StaffRole;
  department_id: string | null;
  centre_id: string | null;
  disabled: boolean;
  consecutive_failures: number;
  locked_until: Date | string | null;
  registered_at: Date | string;
  last_login_at: Date | string | null;
}

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

const toAccount = (row: Row): StaffAccountRow => ({
  accountId: row.account_id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  departmentId: row.department_id,
  centreId: row.centre_id,
  disabled: row.disabled,
  consecutiveFailures: row.consecutive_failures,
  lockedUntil: date(row.locked_until),
  registeredAt: new Date(row.registered_at),
  lastLoginAt: date(row.last_login_at),
});

/**
 * Staff accounts for the administrators' list and username look-ups (no password hashes: login reads
 * the account's stream). Lock, disable and password change also end the account's sessions here, in
 * the projection's transaction: the handlers end them at once, this makes it durable if the process
 * stopped between the append and that call.
 */
export const staffAccountsProjection: Projection = {
  name: STAFF_ACCOUNTS_PROJECTION,
  eventTypes: STAFF_ACCOUNT_EVENT_TYPES,

  async setup(db) {
    await db.query(`
      CREATE TABLE IF NOT EXISTS identity_staff_accounts (
        account_id text PRIMARY KEY,
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        role text NOT NULL,
        department_id text NULL,
        centre_id text NULL,
        disabled boolean NOT NULL DEFAULT false,
        consecutive_failures integer NOT NULL DEFAULT 0,
        locked_until timestamptz NULL,
        registered_at timestamptz NOT NULL,
        last_login_at timestamptz NULL
      )`);
  },

  async apply(recorded: RecordedEvent, tx: SqlExecutor) {
    const event = { type: recorded.type, data: recorded.data } as StaffAccountEvent;
    const at = recorded.metadata.occurredAt;
    const { accountId } = event.data;
    switch (event.type) {
      case 'StaffAccountRegistered': {
        const d = event.data;
        await tx.query(
          `INSERT INTO identity_staff_accounts
             (account_id, username, display_name, role, department_id, centre_id, registered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz)
           ON CONFLICT (account_id) DO NOTHING`,
          [d.accountId, d.username, d.displayName, d.role, d.departmentId, d.centreId, at],
        );
        return;
      }
      case 'StaffLoginSucceeded':
        await tx.query(
          `UPDATE identity_staff_accounts
              SET consecutive_failures = 0, locked_until = NULL, last_login_at = $2::timestamptz
            WHERE account_id = $1`,
          [accountId, at],
        );
        return;
      case 'StaffLoginFailed':
        await tx.query('UPDATE identity_staff_accounts SET consecutive_failures = $2 WHERE account_id = $1', [
          accountId,
          event.data.consecutiveFailures,
        ]);
        return;
      case 'StaffAccountLocked':
        await tx.query(
          `UPDATE identity_staff_accounts SET consecutive_failures = 0, locked_until = $2::timestamptz
            WHERE account_id = $1`,
          [accountId, event.data.lockedUntil],
        );
        await revokeSubjectSessions(
          tx,
          { kind: 'staff', subjectId: accountId },
          new Date(at),
          'account-locked',
        );
        return;
      case 'StaffAccountUnlocked':
        await tx.query(
          'UPDATE identity_staff_accounts SET consecutive_failures = 0, locked_until = NULL WHERE account_id = $1',
          [accountId],
        );
        return;
      case 'StaffAccountDisabled':
        await tx.query('UPDATE identity_staff_accounts SET disabled = true WHERE account_id = $1', [
          accountId,
        ]);
        await revokeSubjectSessions(
          tx,
          { kind: 'staff', subjectId: accountId },
          new Date(at),
          'account-disabled',
        );
        return;
      case 'StaffPasswordChanged':
        await revokeSubjectSessions(
          tx,
          { kind: 'staff', subjectId: accountId },
          new Date(at),
          'password-changed',
        );
        return;
    }
  },

  async reset(tx) {
    await tx.query('DELETE FROM identity_staff_accounts');
  },
};

export const listStaffAccounts = async (db: SqlExecutor): Promise<StaffAccountRow[]> => {
  const result = await db.query<Row>('SELECT * FROM identity_staff_accounts ORDER BY username');
  return result.rows.map(toAccount);
};

export const findStaffAccountById = async (
  db: SqlExecutor,
  accountId: string,
): Promise<StaffAccountRow | null> => {
  const result = await db.query<Row>('SELECT * FROM identity_staff_accounts WHERE account_id = $1', [
    accountId,
  ]);
  const row = result.rows[0];
  return row === undefined ? null : toAccount(row);
};
