import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import {
  ServiceCentreCreditRestrictions,
  ServiceCentreCreditRestrictionsConsumer,
} from './consumers/credit-restrictions/credit-restrictions.replica';
import { RequestStatsConsumer } from './consumers/request-stats/request-stats.consumer';
import { PoliciesController } from './policies/commands/policies.controller';
import { PolicyDemoDataSeeder } from './policies/demo-data/policy-demo-data.seeder';
import { ServiceCentreDirectoryConsumer } from './policies/directory/liaison-directory.consumer';
import { PolicyRestrictionsConsumer } from './policies/directory/policy-restrictions.consumer';
import { policyIntegrationMapper } from './policies/integration/policy-integration.mapper';
import { policyNoticesIntegrationMapper } from './policies/integration/policy-notices-integration.mapper';
import { PolicyNoticesPass } from './policies/notices/policy-notices.pass';
import { policiesProjection } from './policies/projection/policies.projection';
import { KioskPoliciesController } from './policies/queries/kiosk-policies.controller';
import { MisconductReportDemoDataSeeder } from './demo-data/misconduct-report-demo-data.seeder';
import { AnonymousFilingBudget } from './misconduct-reports/anonymous-filing-budget';
import { ReportFollowUp } from './misconduct-reports/follow-up';
import { FollowUpThrottle } from './misconduct-reports/follow-up-throttle';
import { misconductReportIntegrationMapper } from './misconduct-reports/misconduct-report-integration.mapper';
import { MisconductReportCommands } from './misconduct-reports/misconduct-report-commands';
import { MisconductReportPass } from './misconduct-reports/misconduct-report.pass';
import { misconductReportsProjection } from './misconduct-reports/misconduct-reports.projection';
import {
  OfficialPairingsConsumer,
  OfficialRequestsConsumer,
} from './misconduct-reports/official-activity.replica';
import { FlaggedReviewController } from './misconduct-reports/flagged-review.controller';
import { OfficialFilingsConsumer } from './misconduct-reports/official-filings.consumer';
import { OfficialRequestActsConsumer } from './misconduct-reports/official-request-acts.consumer';
import { ReportDeskController } from './misconduct-reports/report-desk.controller';
import { ReportDeskReads } from './misconduct-reports/report-desk.reads';
import { ReportIntakeController } from './misconduct-reports/report-intake.controller';
import { ReportIntakeStore } from './misconduct-reports/report-intake.store';
import { PassphraseHashing } from './misconduct-reports/passphrase-hashing';
import { AUDIENCE_DIRECTORY, ReplicaAudienceDirectory } from './events/audience-directory';
import { CentreEventCommands } from './events/centre-event-commands';
import { CentreEventsController } from './events/centre-events.controller';
import { CentreEventsDemoDataSeeder } from './events/centre-events-demo-data.seeder';
import { centreEventsIntegrationMapper } from './events/centre-events.mapper';
import { centreEventsProjection } from './events/centre-events.projection';
import { KioskEventsController } from './events/kiosk-events.controller';
import { RequestStatsController } from './queries/request-stats/request-stats.controller';
import { centreAreasProjection } from './health-index/centre-areas.projection';
import { HealthIndexCommands } from './health-index/health-index-commands';
import { HealthIndexController } from './health-index/health-index.controller';
import { HealthIndexInputsConsumer } from './health-index/health-index-inputs.consumer';
import { healthIndexIntegrationMapper } from './health-index/health-index-integration.mapper';
import { healthIndexProjection } from './health-index/health-index.projection';
import { CountersController } from './queue/counters.controller';
import { QueueDemoDataSeeder } from './queue/demo-data/queue-demo-data.seeder';
import { DisplayController } from './queue/display.controller';
import { QueueCommands } from './queue/queue-commands';
import { QueueHub } from './queue/queue-hub';
import { queueIntegrationMapper } from './queue/queue-integration.mapper';
import { QueueReader } from './queue/queue-reader';
import { QueueSetupController } from './queue/queue-setup.controller';
import { QueueStatsController } from './queue/queue-stats.controller';
import { queueVisitsProjection } from './queue/queue-visits.projection';
import { TicketsController } from './queue/tickets.controller';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from './service-centre.env';

/**
 * The 亲清家园 service-centre context, mounted with `ServiceCentreModule.forRoot(options)`: request statistics
 * from the appeals public events, its replica of credit's restrictions, the walk-in queue (取号叫号), the policy
 * library with its precise push over its own replica of liaison's directory, misconduct reports, the centre's
 * events (活动) and the 亲清健康指数. It needs the EventSourcingModule's tokens, the ContextRegistry, identity's
 * access guard and the calendar in force, so the one-process app and apps/service-centre-service mount it alike.
 */
@Module({})
export class ServiceCentreModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  static forRoot(options: ServiceCentreOptions): DynamicModule {
    return {
      module: ServiceCentreModule,
      controllers: [
        RequestStatsConsumer,
        RequestStatsController,
        ServiceCentreCreditRestrictionsConsumer,
        HealthIndexInputsConsumer,
        HealthIndexController,
        QueueSetupController,
        TicketsController,
        CountersController,
        DisplayController,
        QueueStatsController,
        ServiceCentreDirectoryConsumer,
        PolicyRestrictionsConsumer,
        PoliciesController,
        KioskPoliciesController,
        ReportIntakeController,
        ReportDeskController,
        FlaggedReviewController,
        OfficialPairingsConsumer,
        OfficialRequestsConsumer,
        OfficialFilingsConsumer,
        OfficialRequestActsConsumer,
        CentreEventsController,
        KioskEventsController,
      ],
      providers: [
        { provide: SERVICE_CENTRE_OPTIONS, useValue: options },
        ServiceCentreCreditRestrictions,
        HealthIndexCommands,
        QueueReader,
        QueueHub,
        QueueCommands,
        ...(options.demoData ? [QueueDemoDataSeeder] : []),
        ...(options.demoData ? [PolicyDemoDataSeeder] : []),
        PolicyNoticesPass,
        ReportIntakeStore,
        MisconductReportCommands,
        ReportDeskReads,
        MisconductReportPass,
        FollowUpThrottle,
        PassphraseHashing,
        AnonymousFilingBudget,
        ReportFollowUp,
        ...(options.demoData ? [MisconductReportDemoDataSeeder] : []),
        ReplicaAudienceDirectory,
        { provide: AUDIENCE_DIRECTORY, useExisting: ReplicaAudienceDirectory },
        CentreEventCommands,
        ...(options.demoData ? [CentreEventsDemoDataSeeder] : []),
      ],
      exports: [ServiceCentreCreditRestrictions],
    };
  }

  onModuleInit(): void {
    this.registry.registerMapper(healthIndexIntegrationMapper);
    this.registry.registerProjection(healthIndexProjection);
    this.registry.registerProjection(centreAreasProjection);
    this.registry.registerMapper(queueIntegrationMapper);
    this.registry.registerProjection(queueVisitsProjection);
    this.registry.registerMapper(policyIntegrationMapper);
    this.registry.registerMapper(policyNoticesIntegrationMapper);
    this.registry.registerProjection(policiesProjection);
    this.registry.registerMapper(misconductReportIntegrationMapper);
    this.registry.registerProjection(misconductReportsProjection);
    this.registry.registerMapper(centreEventsIntegrationMapper);
    this.registry.registerProjection(centreEventsProjection);
  }
}
