import { optionalTextSchema } from '@qinqing/shared/contracts-kit';
import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import { z } from 'zod';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import { StaffAccountCommands } from '../staff-account-command';

export const disableStaffAccountSchema = z
  .object({ reason: optionalTextSchema(500, { zh: '原因', en: 'Reason' }).default('') })
  .strict();

@ApiTags('identity administration')
@Controller('admin/staff-accounts')
@Allow('administrator')
export class DisableStaffAccountController {
  constructor(private readonly accounts: StaffAccountCommands) {}

  /** Disables an account for good (the person left); its sessions end at once. */
  @Post(':username/disable')
  @HttpCode(204)
  @ApiZodBody(disableStaffAccountSchema)
  async disable(
    @Param('username') username: string,
    @ZodBody(disableStaffAccountSchema) body: z.infer<typeof disableStaffAccountSchema>,
    @RequestCommandMetadata() metadata: CommandMetadata,
  ): Promise<void> {
    await this.accounts.run(
      username,
      { type: 'DisableStaffAccount', disabledBy: metadata.actor.id, reason: body.reason },
      metadata,
      { endsSessions: 'account-disabled' },
    );
  }
}
