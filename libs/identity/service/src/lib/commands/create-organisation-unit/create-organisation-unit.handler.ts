import { Inject, Injectable } from '@nestjs/common';
import type { CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { organisationUnitDecider, organisationUnitStreamId } from '@qinqing/identity/domain';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import {
  ORGANISATION_UNITS_PROJECTION,
  type OrganisationUnitRow,
} from '../../projections/organisation-units/organisation-units.projection';
import { ReadModelCatchUp } from '../../read-model-catch-up';
import type { CreateOrganisationUnitBody } from './create-organisation-unit.schema';

@Injectable()
export class CreateOrganisationUnitHandler {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    private readonly readModels: ReadModelCatchUp,
  ) {}

  async create(body: CreateOrganisationUnitBody, metadata: CommandMetadata): Promise<OrganisationUnitRow> {
    const result = await this.commands.handle(
      organisationUnitDecider,
      organisationUnitStreamId(body.unitId),
      { type: 'CreateOrganisationUnit', ...body, createdBy: metadata.actor.id },
      metadata,
    );
    await this.readModels.of(ORGANISATION_UNITS_PROJECTION);
    if (result.state.status !== 'created') throw new Error('creation produced no unit');
    const { unitId, kind, name, hotline } = result.state;
    return { unitId, kind, name, hotline: hotline === '' ? null : hotline };
  }

  /** Sets (or, with '', removes) the number the public calls for this unit. */
  async setHotline(unitId: string, hotline: string, metadata: CommandMetadata): Promise<OrganisationUnitRow> {
    const result = await this.commands.handle(
      organisationUnitDecider,
      organisationUnitStreamId(unitId),
      { type: 'SetOrganisationUnitHotline', hotline, setBy: metadata.actor.id },
      metadata,
    );
    await this.readModels.of(ORGANISATION_UNITS_PROJECTION);
    if (result.state.status !== 'created') throw new Error('no such unit');
    const { kind, name } = result.state;
    return { unitId, kind, name, hotline: result.state.hotline === '' ? null : result.state.hotline };
  }
}
