import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import type { OrganisationUnitRow } from '../../projections/organisation-units/organisation-units.projection';
import { CreateOrganisationUnitHandler } from './create-organisation-unit.handler';
import {
  type CreateOrganisationUnitBody,
  createOrganisationUnitSchema,
} from './create-organisation-unit.schema';

@ApiTags('identity administration')
@Controller('admin/organisation-units')
@Allow('administrator')
export class CreateOrganisationUnitController {
  constructor(private readonly handler: CreateOrganisationUnitHandler) {}

  /** Adds a department, 亲清家园 centre or receiving unit to the catalogue other contexts route to. */
  @Post()
  @HttpCode(201)
  @ApiZodBody(createOrganisationUnitSchema)
  create(
    @ZodBody(createOrganisationUnitSchema) body: CreateOrganisationUnitBody,
    @RequestCommandMetadata() metadata: CommandMetadata,
  ): Promise<OrganisationUnitRow> {
    return this.handler.create(body, metadata);
  }
}
