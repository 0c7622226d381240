import { Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { ReadLog } from './application/read-log';
import { RecordOrganisationController } from './commands/record-organisation/record-organisation.controller';
import { partyBuildingIntegrationMapper } from './integration/party-building-integration.mapper';
import { organisationsProjection } from './projections/organisations/organisations.projection';
import { OrganisationFormController } from './queries/organisation-form/organisation-form.controller';
import { OrganisationsController } from './queries/organisations/organisations.controller';

/**
 * The party-building context (非公企业党建). It needs only the EventSourcingModule's tokens, the ContextRegistry
 * and identity's access guard, so the one-process app and apps/party-building-service mount it alike.
 */
@Module({
  controllers: [OrganisationFormController, RecordOrganisationController, OrganisationsController],
  providers: [ReadLog],
})
export class PartyBuildingModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerMapper(partyBuildingIntegrationMapper);
    this.registry.registerProjection(organisationsProjection);
  }
}
