import {
  accept,
  type Decider,
  type Decision,
  type DomainError,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { isStaffRole, type StaffRole } from '../roles/role';
import type { StaffAccountEvent } from './staff-account.events';
import {
  evolveStaffAccount,
  initialStaffAccountState,
  type RegisteredStaffAccount,
  type StaffAccountState,
} from './staff-account.state';
import { isValidUsername, normaliseUsername } from './staff-account.stream';

export interface RegisterStaffAccount {
  readonly type: 'RegisterStaffAccount';
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentId?: string | null;
  readonly centreId?: string | null;
  readonly passwordHash: string;
  readonly registeredBy: string;
}

/** The password was checked outside the domain (Argon2 is I/O-bound work); this records the outcome. */
export interface RecordLoginAttempt {
  readonly type: 'RecordLoginAttempt';
  readonly passwordMatched: boolean;
}

export interface ChangeStaffPassword {
  readonly type: 'ChangeStaffPassword';
  readonly passwordHash: string;
  readonly changedBy: 'self' | 'administrator';
}

export interface UnlockStaffAccount {
  readonly type: 'UnlockStaffAccount';
  readonly unlockedBy: string;
}

export interface DisableStaffAccount {
  readonly type: 'DisableStaffAccount';
  /** Account id of the administrator. */
  readonly disabledBy: string;
  readonly reason: string;
}

export type StaffAccountCommand =
  RegisterStaffAccount | RecordLoginAttempt | ChangeStaffPassword | UnlockStaffAccount | DisableStaffAccount;

const DISPLAY_NAME_MAX = 40;
const REASON_MAX = 500;

const notRegistered = () =>
  domainError('not-found', 'account-not-found', { zh: '账户不存在', en: 'No such account' });

const disabledError = () =>
  domainError('forbidden', 'account-disabled', {
    zh: '该账户已停用，请联系管理员',
    en: 'This account is disabled; contact an administrator',
  });

const register = (
  command: RegisterStaffAccount,
  state: StaffAccountState,
): Decision<StaffAccountEvent, DomainError> => {
  if (state.status === 'registered') {
    return reject(
      domainError(
        'conflict',
        'username-taken',
        { zh: '该用户名已被使用', en: 'This username is already taken' },
        'username',
      ),
    );
  }
  const username = normaliseUsername(command.username);
  if (!isValidUsername(username)) {
    return reject(
      domainError(
        'validation',
        'invalid-username',
        {
          zh: '用户名为2至32位，以字母开头，只能包含小写字母、数字、“.”、“_”或“-”',
          en: 'A username has 2–32 characters: a letter, then letters, digits, “.”, “_” or “-”',
        },
        'username',
      ),
    );
  }
  const displayName = command.displayName.trim();
  if (displayName.length === 0 || [...displayName].length > DISPLAY_NAME_MAX) {
    return reject(
      domainError(
        'validation',
        'invalid-display-name',
        {
          zh: `请填写姓名（不超过${DISPLAY_NAME_MAX}个字）`,
          en: `Enter a display name of at most ${DISPLAY_NAME_MAX} characters`,
        },
        'displayName',
      ),
    );
  }
  if (!isStaffRole(command.role)) {
    return reject(domainError('validation', 'invalid-role', { zh: '角色无效', en: 'Unknown role' }, 'role'));
  }
  const departmentId = command.departmentId ?? null;
  const centreId = command.centreId ?? null;
  // A leading official's unit and superior are the liaison context's (its official profile), not the account's.
  const needsDepartment = command.role === 'department-handler';
  const needsCentre = command.role === 'service-staff';
  if (needsDepartment !== (departmentId !== null)) {
    return reject(
      domainError(
        'validation',
        needsDepartment ? 'department-required' : 'department-not-applicable',
        needsDepartment
          ? { zh: '职能部门经办人必须属于一个部门', en: 'A department handler must belong to a department' }
          : { zh: '只有职能部门经办人属于部门', en: 'Only department handlers belong to a department' },
        'departmentId',
      ),
    );
  }
  if (needsCentre !== (centreId !== null)) {
    return reject(
      domainError(
        'validation',
        needsCentre ? 'centre-required' : 'centre-not-applicable',
        needsCentre
          ? { zh: '服务专员必须属于一个亲清家园', en: 'Service staff must belong to a 亲清家园 centre' }
          : { zh: '只有服务专员属于亲清家园', en: 'Only service staff belong to a 亲清家园 centre' },
        'centreId',
      ),
    );
  }
  return accept({
    type: 'StaffAccountRegistered',
    data: {
      accountId: command.accountId,
      username,
      displayName,
      role: command.role,
      departmentId,
      centreId,
      passwordHash: command.passwordHash,
      registeredBy: command.registeredBy,
    },
  });
};

/**
 * Records a login's outcome for the audit trail. It never locks the account: a lock is a switch anyone
 * who knows a username can throw (five wrong passwords took the administrator out for 15 minutes and
 * ended every session). Guessing is slowed instead where the guesser is, by throttling each
 * (account, client) pair with growing delays outside the domain (OWASP Authentication Cheat Sheet).
 */
const recordLoginAttempt = (
  command: RecordLoginAttempt,
  state: RegisteredStaffAccount,
): Decision<StaffAccountEvent, DomainError> => {
  if (state.disabled) return reject(disabledError());
  const { accountId } = state;
  if (command.passwordMatched) return accept({ type: 'StaffLoginSucceeded', data: { accountId } });
  return accept({
    type: 'StaffLoginFailed',
    data: { accountId, consecutiveFailures: state.consecutiveFailures + 1 },
  });
};

const decideOnRegistered = (
  command: Exclude<StaffAccountCommand, RegisterStaffAccount>,
  state: RegisteredStaffAccount,
): Decision<StaffAccountEvent, DomainError> => {
  const { accountId } = state;
  switch (command.type) {
    case 'RecordLoginAttempt':
      return recordLoginAttempt(command, state);
    case 'ChangeStaffPassword':
      if (state.disabled) return reject(disabledError());
      return accept({
        type: 'StaffPasswordChanged',
        data: { accountId, passwordHash: command.passwordHash, changedBy: command.changedBy },
      });
    case 'UnlockStaffAccount':
      // The throttles themselves live outside the domain and are cleared by the caller; this records that an
      // administrator cleared them after failures. Nothing to clear: no event, so a double click is harmless.
      if (state.consecutiveFailures === 0) return accept();
      return accept({ type: 'StaffAccountUnlocked', data: { accountId, unlockedBy: command.unlockedBy } });
    case 'DisableStaffAccount': {
      if (command.disabledBy === accountId) {
        return reject(
          domainError('forbidden', 'cannot-disable-self', {
            zh: '不能停用自己的账户',
            en: 'You cannot disable your own account',
          }),
        );
      }
      const reason = command.reason.trim();
      if ([...reason].length > REASON_MAX) {
        return reject(
          domainError(
            'validation',
            'reason-too-long',
            { zh: `原因不超过${REASON_MAX}个字`, en: `A reason has at most ${REASON_MAX} characters` },
            'reason',
          ),
        );
      }
      if (state.disabled) return accept();
      return accept({
        type: 'StaffAccountDisabled',
        data: { accountId, disabledBy: command.disabledBy, reason },
      });
    }
  }
};

/**
 * The staff account (职员账户): registration, password changes, login outcomes (recorded, never locking),
 * an administrator clearing login throttles, and disabling.
 */
export const staffAccountDecider = (): Decider<
  StaffAccountCommand,
  StaffAccountEvent,
  StaffAccountState
> => ({
  initialState: initialStaffAccountState,
  evolve: evolveStaffAccount,
  decide: (command, state) => {
    if (command.type === 'RegisterStaffAccount') return register(command, state);
    if (state.status !== 'registered') return reject(notRegistered());
    return decideOnRegistered(command, state);
  },
});
