import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { Decider } from '@qinqing/shared/domain-kernel';
import type { Clock, CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import {
  type StaffAccountCommand,
  type StaffAccountEvent,
  type StaffAccountState,
  staffAccountStreamId,
} from '@qinqing/identity/domain';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { PasswordHasher } from '../../credentials/password-hasher';
import { STAFF_ACCOUNT_DECIDER } from '../../identity.tokens';
import { SessionStore } from '../../sessions/session.store';
import { loadState } from '../../streams/load-state';
import type { ChangeOwnPasswordBody } from './change-own-password.schema';

const wrongCurrentPassword = () =>
  new BadRequestException({
    error: 'wrong-current-password',
    message: { zh: '当前密码不正确', en: 'The current password is wrong' },
    field: 'currentPassword',
  });

const samePassword = () =>
  new BadRequestException({
    error: 'same-password',
    message: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
    field: 'newPassword',
  });

/** A member of staff changes their own password after proving the current one; every session ends. */
@Injectable()
export class ChangeOwnPasswordHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(STAFF_ACCOUNT_DECIDER)
    private readonly decider: Decider<StaffAccountCommand, StaffAccountEvent, StaffAccountState>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
  ) {}

  async change(username: string, body: ChangeOwnPasswordBody, metadata: CommandMetadata): Promise<void> {
    const streamId = staffAccountStreamId(username);
    const state = await loadState(this.store, this.decider, streamId);
    if (
      state.status !== 'registered' ||
      !(await this.hasher.verify(state.passwordHash, body.currentPassword))
    ) {
      throw wrongCurrentPassword();
    }
    if (body.newPassword === body.currentPassword) throw samePassword();
    await this.commands.handle(
      this.decider,
      streamId,
      {
        type: 'ChangeStaffPassword',
        passwordHash: await this.hasher.hash(body.newPassword),
        changedBy: 'self',
      },
      metadata,
    );
    await this.sessions.revokeAllOf(
      { kind: 'staff', subjectId: state.accountId },
      this.clock.now(),
      'password-changed',
    );
  }
}
