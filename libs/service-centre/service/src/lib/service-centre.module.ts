import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import {
  ServiceCentreCreditRestrictions,
  ServiceCentreCreditRestrictionsConsumer,
} from './consumers/credit-restrictions/credit-restrictions.replica';
import { RequestStatsConsumer } from './consumers/request-stats/request-stats.consumer';
import { MisconductReportDemoDataSeeder } from './demo-data/misconduct-report-demo-data.seeder';
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
import { ReportDeskController } from './misconduct-reports/report-desk.controller';
import { ReportIntakeController } from './misconduct-reports/report-intake.controller';
import { ReportIntakeStore } from './misconduct-reports/report-intake.store';
import { RequestStatsController } from './queries/request-stats/request-stats.controller';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from './service-centre.env';

/**
 * The 亲清家园 service-centre context, mounted with `ServiceCentreModule.forRoot(options)`: request statistics
 * from the appeals public events, its replica of credit's restrictions, and misconduct reports. It needs the
 * EventSourcingModule's tokens, the ContextRegistry, identity's access guard and the calendar in force, so the
 * one-process app and apps/service-centre-service mount it alike.
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
        ReportIntakeController,
        ReportDeskController,
        OfficialPairingsConsumer,
        OfficialRequestsConsumer,
      ],
      providers: [
        { provide: SERVICE_CENTRE_OPTIONS, useValue: options },
        ServiceCentreCreditRestrictions,
        ReportIntakeStore,
        MisconductReportCommands,
        MisconductReportPass,
        FollowUpThrottle,
        ReportFollowUp,
        ...(options.demoData ? [MisconductReportDemoDataSeeder] : []),
      ],
      exports: [ServiceCentreCreditRestrictions],
    };
  }

  onModuleInit(): void {
    this.registry.registerMapper(misconductReportIntegrationMapper);
    this.registry.registerProjection(misconductReportsProjection);
  }
}
