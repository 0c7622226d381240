import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import { normaliseUsername } from '@qinqing/identity/domain';
import { CredentialThrottles } from '../../throttling/credential-throttles';
import { StaffAccountCommands } from '../staff-account-command';

@ApiTags('identity administration')
@Controller('admin/staff-accounts')
@Allow('administrator')
export class UnlockStaffAccountController {
  constructor(
    private readonly accounts: StaffAccountCommands,
    private readonly throttles: CredentialThrottles,
  ) {}

  /**
   * Clears the login waits of the account from every address before they run out (the person called in),
   * and records that on the account. Accounts are never locked; the path keeps its name for the console.
   * Clearing an account without failures changes nothing.
   */
  @Post(':username/unlock')
  @HttpCode(204)
  async unlock(
    @Param('username') username: string,
    @RequestCommandMetadata() metadata: CommandMetadata,
  ): Promise<void> {
    await this.accounts.run(
      username,
      { type: 'UnlockStaffAccount', unlockedBy: metadata.actor.id },
      metadata,
    );
    await this.throttles.staffLogin.clear(normaliseUsername(username));
  }
}
