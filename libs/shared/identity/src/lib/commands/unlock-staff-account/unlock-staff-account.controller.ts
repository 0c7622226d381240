import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import { StaffAccountCommands } from '../staff-account-command';

@ApiTags('identity administration')
@Controller('admin/staff-accounts')
@Allow('administrator')
export class UnlockStaffAccountController {
  constructor(private readonly accounts: StaffAccountCommands) {}

  /** Lifts a lockout before it expires (the person called in). Unlocking an unlocked account is a no-op. */
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
  }
}
