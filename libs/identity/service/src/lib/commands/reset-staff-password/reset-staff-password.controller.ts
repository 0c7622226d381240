import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import { z } from 'zod';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import { newPasswordSchema } from '../../credentials/new-password.schema';
import { PasswordHasher } from '../../credentials/password-hasher';
import { StaffAccountCommands } from '../staff-account-command';

export const resetStaffPasswordSchema = z.object({ newPassword: newPasswordSchema }).strict();

@ApiTags('identity administration')
@Controller('admin/staff-accounts')
@Allow('administrator')
export class ResetStaffPasswordController {
  constructor(
    private readonly accounts: StaffAccountCommands,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Sets a new password for someone who forgot theirs; their open sessions end. */
  @Post(':username/password')
  @HttpCode(204)
  @ApiZodBody(resetStaffPasswordSchema)
  async reset(
    @Param('username') username: string,
    @ZodBody(resetStaffPasswordSchema) body: z.infer<typeof resetStaffPasswordSchema>,
    @RequestCommandMetadata() metadata: CommandMetadata,
  ): Promise<void> {
    await this.accounts.run(
      username,
      {
        type: 'ChangeStaffPassword',
        passwordHash: await this.hasher.hash(body.newPassword),
        changedBy: 'administrator',
      },
      metadata,
      { endsSessions: 'password-reset' },
    );
  }
}
