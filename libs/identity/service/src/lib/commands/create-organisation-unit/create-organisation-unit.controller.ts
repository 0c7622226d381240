import { Controller, HttpCode, NotFoundException, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { isReferenceId } from '@qinqing/identity/domain';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import type { OrganisationUnitRow } from '../../projections/organisation-units/organisation-units.projection';
import { CreateOrganisationUnitHandler } from './create-organisation-unit.handler';
import {
  type CreateOrganisationUnitBody,
  createOrganisationUnitSchema,
  type SetOrganisationUnitHotlineBody,
  setOrganisationUnitHotlineSchema,
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

  /** Sets the number the public calls for a unit (a centre's hotline, printed on kiosk receipts); '' removes it. */
  @Put(':unitId/hotline')
  @ApiZodBody(setOrganisationUnitHotlineSchema)
  setHotline(
    @Param('unitId') unitId: string,
    @ZodBody(setOrganisationUnitHotlineSchema) body: SetOrganisationUnitHotlineBody,
    @RequestCommandMetadata() metadata: CommandMetadata,
  ): Promise<OrganisationUnitRow> {
    if (!isReferenceId(unitId)) {
      throw new NotFoundException({
        error: 'unit-not-found',
        message: { zh: '组织单元不存在', en: 'No such organisation unit' },
      });
    }
    return this.handler.setHotline(unitId, body.hotline, metadata);
  }
}
