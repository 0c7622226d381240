import { Inject, Injectable } from '@nestjs/common';
import type { Decider } from '@qinqing/shared/domain-kernel';
import type { Clock, CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import {
  isValidUsername,
  normaliseUsername,
  type RegisteredStaffAccount,
  type StaffAccountCommand,
  type StaffAccountEvent,
  type StaffAccountState,
  staffAccountStreamId,
} from '@qinqing/identity/domain';
import { CLOCK, COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import { NotFoundException } from '@nestjs/common';
import { STAFF_ACCOUNT_DECIDER } from '../identity.tokens';
import { ReadModelCatchUp } from '../read-model-catch-up';
import { STAFF_ACCOUNTS_PROJECTION } from '../projections/staff-accounts/staff-accounts.projection';
import { SessionStore } from '../sessions/session.store';

const noSuchAccount = () =>
  new NotFoundException({ error: 'account-not-found', message: { zh: '账户不存在', en: 'No such account' } });

/**
 * Runs an administrator's command on the account named in the path, ends the account's sessions when the
 * command takes access away, and brings the account list up to date before answering.
 */
@Injectable()
export class StaffAccountCommands {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(STAFF_ACCOUNT_DECIDER)
    private readonly decider: Decider<StaffAccountCommand, StaffAccountEvent, StaffAccountState>,
    private readonly sessions: SessionStore,
    private readonly readModels: ReadModelCatchUp,
  ) {}

  async run(
    username: string,
    command: StaffAccountCommand,
    metadata: CommandMetadata,
    options: { readonly endsSessions?: string } = {},
  ): Promise<RegisteredStaffAccount> {
    const normalised = normaliseUsername(username);
    if (!isValidUsername(normalised)) throw noSuchAccount();
    const result = await this.commands.handle(
      this.decider,
      staffAccountStreamId(normalised),
      command,
      metadata,
    );
    if (result.state.status !== 'registered') throw noSuchAccount();
    if (options.endsSessions !== undefined && result.events.length > 0) {
      await this.sessions.revokeAllOf(
        { kind: 'staff', subjectId: result.state.accountId },
        this.clock.now(),
        options.endsSessions,
      );
    }
    await this.readModels.of(STAFF_ACCOUNTS_PROJECTION);
    return result.state;
  }
}
