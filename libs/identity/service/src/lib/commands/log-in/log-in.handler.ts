import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Decider } from '@qinqing/shared/domain-kernel';
import {
  type Clock,
  type CommandHandler,
  DomainRejectionError,
  type EventStore,
} from '@qinqing/shared/event-sourcing';
import {
  isValidUsername,
  normaliseUsername,
  passwordChangeRequired,
  type StaffAccountCommand,
  type StaffAccountEvent,
  type StaffAccountState,
  staffAccountStreamId,
  staffActorOf,
  type StaffActor,
} from '@qinqing/identity/domain';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { PasswordHasher } from '../../credentials/password-hasher';
import { DEMO_STAFF_ACCOUNTS } from '../../demo-data/identity-demo-data';
import { invalidCredentials } from '../../identity-errors';
import type { IdentityOptions } from '../../identity.options';
import { IDENTITY_OPTIONS, STAFF_ACCOUNT_DECIDER } from '../../identity.tokens';
import { STAFF_ACCOUNTS_PROJECTION } from '../../projections/staff-accounts/staff-accounts.projection';
import { ReadModelCatchUp } from '../../read-model-catch-up';
import { staffSessionLifetime } from '../../sessions/session-lifetimes';
import { type ActiveSession, SessionStore } from '../../sessions/session.store';
import { loadState } from '../../streams/load-state';
import { CredentialThrottles } from '../../throttling/credential-throttles';
import type { LogInBody } from './log-in.schema';

/** A wrong password, or a username that names no account: what the throttle counts. */
const isCredentialFailure = (error: unknown): boolean =>
  error instanceof HttpException && error.getStatus() === HttpStatus.UNAUTHORIZED;

export interface LoggedIn {
  readonly token: string;
  readonly session: ActiveSession;
  readonly actor: StaffActor;
}

const changeRequired = (): HttpException =>
  new HttpException(
    {
      error: 'password-change-required',
      message: {
        zh: '该账户仍在使用公开的演示密码，请设置新密码后登录',
        en: 'This account still has the published demo password: choose a new password to sign in',
      },
      field: 'newPassword',
    },
    HttpStatus.FORBIDDEN,
  );

const samePassword = (): HttpException =>
  new HttpException(
    {
      error: 'same-password',
      message: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
      field: 'newPassword',
    },
    HttpStatus.BAD_REQUEST,
  );

const DEMO_ACCOUNT_IDS: ReadonlySet<string> = new Set(DEMO_STAFF_ACCOUNTS.map((a) => a.accountId));

const accountDisabled = (): HttpException =>
  new HttpException(
    {
      error: 'account-disabled',
      message: { zh: '该账户已停用，请联系管理员', en: 'This account is disabled; contact an administrator' },
    },
    HttpStatus.FORBIDDEN,
  );

/**
 * Staff login. First the throttle for (username as typed, client address): while it holds, every answer is
 * 429, right password or not, known username or not. Then the account is read from its stream (current
 * even right after an administrator created it), the password checked with Argon2id — against a dummy
 * hash when the username is unknown, so the time taken does not reveal which usernames exist — and the
 * outcome recorded on the account for the audit trail. A failure counts against the throttle; a success
 * clears it for this client. Nothing locks the account, and nothing ends its open sessions.
 */
@Injectable()
export class LogInHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(STAFF_ACCOUNT_DECIDER)
    private readonly decider: Decider<StaffAccountCommand, StaffAccountEvent, StaffAccountState>,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly throttles: CredentialThrottles,
    private readonly readModels: ReadModelCatchUp,
  ) {}

  async logIn(body: LogInBody, correlationId: string, clientAddress: string): Promise<LoggedIn> {
    const username = normaliseUsername(body.username);
    const throttle = this.throttles.staffLogin;
    await throttle.admit(username, clientAddress);
    try {
      const loggedIn = await this.checkAndRecord(username, body, correlationId);
      await throttle.succeeded(username, clientAddress);
      return loggedIn;
    } catch (error) {
      if (isCredentialFailure(error)) await throttle.failed(username, clientAddress);
      throw error;
    }
  }

  private async checkAndRecord(username: string, body: LogInBody, correlationId: string): Promise<LoggedIn> {
    const { password } = body;
    const streamId = staffAccountStreamId(username);
    const state = isValidUsername(username)
      ? await loadState(this.store, this.decider, streamId)
      : this.decider.initialState();
    if (state.status !== 'registered') {
      await this.hasher.verifyNothing(password);
      throw invalidCredentials();
    }
    const passwordMatched = await this.hasher.verify(state.passwordHash, password);
    let result;
    try {
      result = await this.commands.handle(
        this.decider,
        streamId,
        { type: 'RecordLoginAttempt', passwordMatched },
        {
          correlationId,
          causationId: null,
          actor: passwordMatched
            ? { id: state.accountId, role: state.role }
            : { id: 'anonymous', role: 'anonymous' },
        },
      );
    } catch (error) {
      if (!(error instanceof DomainRejectionError)) throw error;
      if (error.error.code === 'account-disabled')
        throw passwordMatched ? accountDisabled() : invalidCredentials();
      throw error;
    }

    if (!passwordMatched || result.state.status !== 'registered') throw invalidCredentials();

    let account = result.state;
    const demo = { demoAccount: DEMO_ACCOUNT_IDS.has(account.accountId), demoDataOn: this.options.demoData };
    if (passwordChangeRequired(account, demo)) {
      // The right password, but one that may not open a session: the person chooses a new one here.
      if (body.newPassword === undefined) throw changeRequired();
      if (body.newPassword === body.password) throw samePassword();
      const changed = await this.commands.handle(
        this.decider,
        streamId,
        {
          type: 'ChangeStaffPassword',
          passwordHash: await this.hasher.hash(body.newPassword),
          changedBy: 'self',
        },
        { correlationId, causationId: null, actor: { id: account.accountId, role: account.role } },
      );
      if (changed.state.status !== 'registered') throw invalidCredentials();
      account = changed.state;
      await this.readModels.of(STAFF_ACCOUNTS_PROJECTION);
    }

    const actor = staffActorOf(account);
    const { token, session } = await this.sessions.create({
      kind: 'staff',
      subjectId: actor.id,
      subjectName: account.username,
      actor,
      now: this.clock.now(),
      lifetime: staffSessionLifetime(this.options),
    });
    return { token, session, actor };
  }
}
