import {
  accept,
  type Decider,
  type Decision,
  type DomainError,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { formatBeijingTime } from '../common/beijing-time';
import { isStaffRole, type StaffRole } from '../roles/role';
import type { StaffAccountEvent } from './staff-account.events';
import { DEFAULT_LOCKOUT_POLICY, type LockoutPolicy } from './lockout-policy';
import {
  evolveStaffAccount,
  initialStaffAccountState,
  lockStatus,
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

/** Refusal of a login while locked; carries the instant to come back at, for the Retry-After answer. */
export interface AccountLockedError extends DomainError<'account-locked'> {
  readonly lockedUntil: string;
}

export const accountLockedError = (until: Date): AccountLockedError => ({
  ...domainError('forbidden', 'account-locked', {
    zh: `连续登录失败次数过多，账户已锁定，请于 ${formatBeijingTime(until)}（北京时间）后重试，或联系管理员解锁`,
    en: `Too many failed logins: the account is locked. Try again after ${formatBeijingTime(until)} (Beijing time) or ask an administrator to unlock it`,
  }),
  code: 'account-locked',
  lockedUntil: until.toISOString(),
});

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

const recordLoginAttempt = (
  command: RecordLoginAttempt,
  state: RegisteredStaffAccount,
  now: Date,
  policy: LockoutPolicy,
): Decision<StaffAccountEvent, DomainError> => {
  if (state.disabled) return reject(disabledError());
  const lock = lockStatus(state, now);
  if (lock.locked) return reject(accountLockedError(lock.until));
  const { accountId } = state;
  if (command.passwordMatched) return accept({ type: 'StaffLoginSucceeded', data: { accountId } });
  const consecutiveFailures = state.consecutiveFailures + 1;
  const failed: StaffAccountEvent = { type: 'StaffLoginFailed', data: { accountId, consecutiveFailures } };
  if (consecutiveFailures < policy.maxConsecutiveFailures) return accept(failed);
  const lockedUntil = new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString();
  return accept<StaffAccountEvent>(failed, {
    type: 'StaffAccountLocked',
    data: { accountId, lockedUntil, consecutiveFailures },
  });
};

const decideOnRegistered = (
  command: Exclude<StaffAccountCommand, RegisterStaffAccount>,
  state: RegisteredStaffAccount,
  now: Date,
  policy: LockoutPolicy,
): Decision<StaffAccountEvent, DomainError> => {
  const { accountId } = state;
  switch (command.type) {
    case 'RecordLoginAttempt':
      return recordLoginAttempt(command, state, now, policy);
    case 'ChangeStaffPassword':
      if (state.disabled) return reject(disabledError());
      return accept({
        type: 'StaffPasswordChanged',
        data: { accountId, passwordHash: command.passwordHash, changedBy: command.changedBy },
      });
    case 'UnlockStaffAccount':
      // Nothing to lift: answering with no events keeps an administrator's double click harmless.
      if (state.lockedUntil === null && state.consecutiveFailures === 0) return accept();
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
 * The staff account (职员账户): registration, password changes, login outcomes with lockout after
 * `policy.maxConsecutiveFailures` consecutive failures for `policy.lockMinutes` (or until an administrator
 * unlocks), and disabling.
 */
export const staffAccountDecider = (
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): Decider<StaffAccountCommand, StaffAccountEvent, StaffAccountState> => ({
  initialState: initialStaffAccountState,
  evolve: evolveStaffAccount,
  decide: (command, state, { now }) => {
    if (command.type === 'RegisterStaffAccount') return register(command, state);
    if (state.status !== 'registered') return reject(notRegistered());
    return decideOnRegistered(command, state, now, policy);
  },
});
