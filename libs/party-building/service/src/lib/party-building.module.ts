import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { OrganisationCommands } from './application/organisation-commands';
import { PartyBuildingDemoDataSeeder } from './demo-data/party-building-demo-data.seeder';
import { ReadLog } from './application/read-log';
import { HonoursRecommendationsController } from './honours/honours-recommendations.controller';
import {
  PartyBuildingCreditRestrictions,
  PartyBuildingCreditRestrictionsConsumer,
} from './honours/party-building-credit-restrictions';
import { RecordOrganisationController } from './commands/record-organisation/record-organisation.controller';
import { partyBuildingIntegrationMapper } from './integration/party-building-integration.mapper';
import { PARTY_BUILDING_OPTIONS, type PartyBuildingOptions } from './party-building.env';
import { honoursRecommendationsProjection } from './projections/honours-recommendations/honours-recommendations.projection';
import { organisationsProjection } from './projections/organisations/organisations.projection';
import { AlertsController } from './queries/alerts/alerts.controller';
import { CoverageController } from './queries/organisation-coverage/coverage.controller';
import { LiaisonDirectoryConsumer } from './organisation-coverage/liaison-directory.consumer';
import { OrganisationFormController } from './queries/organisation-form/organisation-form.controller';
import { OrganisationsController } from './queries/organisations/organisations.controller';
import { TermRemindersController } from './queries/term-reminders/term-reminders.controller';
import { OrganisationScheduler } from './scheduler/organisation-scheduler';
import { JointBranchCommands } from './joint-branches/joint-branch-commands';
import { JointBranchesController } from './joint-branches/joint-branches.controller';
import { jointBranchesProjection } from './projections/joint-branches/joint-branches.projection';
import { ChamberOrganisationsController } from './joint-work/chamber-organisations.controller';
import { PairingsController } from './joint-work/pairings.controller';
import { jointWorkProjection } from './projections/joint-work/joint-work.projection';
import { ActivitiesController } from './joint-work/activities.controller';
import { activitiesProjection } from './projections/activities/activities.projection';

/**
 * The party-building context (非公企业党建), mounted with `PartyBuildingModule.forRoot(options)`. It needs the
 * EventSourcingModule's tokens, the ContextRegistry, identity's access guard and the calendar in force, so the
 * one-process app and apps/party-building-service mount it alike.
 */
@Module({})
export class PartyBuildingModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  static forRoot(options: PartyBuildingOptions): DynamicModule {
    return {
      module: PartyBuildingModule,
      controllers: [
        OrganisationFormController,
        RecordOrganisationController,
        AlertsController,
        CoverageController,
        LiaisonDirectoryConsumer,
        HonoursRecommendationsController,
        PartyBuildingCreditRestrictionsConsumer,
        OrganisationsController,
        TermRemindersController,
        JointBranchesController,
        ChamberOrganisationsController,
        PairingsController,
        ActivitiesController,
      ],
      providers: [
        { provide: PARTY_BUILDING_OPTIONS, useValue: options },
        ReadLog,
        OrganisationCommands,
        OrganisationScheduler,
        PartyBuildingCreditRestrictions,
        ...(options.demoData ? [PartyBuildingDemoDataSeeder] : []),
        JointBranchCommands,
      ],
    };
  }

  onModuleInit(): void {
    this.registry.registerMapper(partyBuildingIntegrationMapper);
    this.registry.registerProjection(organisationsProjection);
    this.registry.registerProjection(honoursRecommendationsProjection);
    this.registry.registerProjection(jointBranchesProjection);
    this.registry.registerProjection(jointWorkProjection);
    this.registry.registerProjection(activitiesProjection);
  }
}
