import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import type { StaffAccountView } from '../../views/staff-account.view';
import { CreateStaffAccountHandler } from './create-staff-account.handler';
import { type CreateStaffAccountBody, createStaffAccountSchema } from './create-staff-account.schema';

@ApiTags('identity administration')
@Controller('admin/staff-accounts')
@Allow('administrator')
export class CreateStaffAccountController {
  constructor(private readonly handler: CreateStaffAccountHandler) {}

  /** Creates a staff account: a department handler names a department, service staff a centre. */
  @Post()
  @HttpCode(201)
  @ApiZodBody(createStaffAccountSchema)
  create(
    @ZodBody(createStaffAccountSchema) body: CreateStaffAccountBody,
    @RequestCommandMetadata() metadata: CommandMetadata,
  ): Promise<StaffAccountView> {
    return this.handler.create(body, metadata);
  }
}
