import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import {
  ServiceCentreCreditRestrictions,
  ServiceCentreCreditRestrictionsConsumer,
} from './consumers/credit-restrictions/credit-restrictions.replica';
import { RequestStatsConsumer } from './consumers/request-stats/request-stats.consumer';
import {
  AUDIENCE_DIRECTORY,
  CentreEventsDirectoryConsumer,
  ReplicaAudienceDirectory,
} from './events/audience-directory';
import { CentreEventCommands } from './events/centre-event-commands';
import { CentreEventsController } from './events/centre-events.controller';
import { CentreEventsDemoDataSeeder } from './events/centre-events-demo-data.seeder';
import { centreEventsIntegrationMapper } from './events/centre-events.mapper';
import { centreEventsProjection } from './events/centre-events.projection';
import { KioskEventsController } from './events/kiosk-events.controller';
import { RequestStatsController } from './queries/request-stats/request-stats.controller';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from './service-centre.env';

/**
 * The 亲清家园 service-centre context, mounted with `ServiceCentreModule.forRoot(options)`: request statistics
 * from the appeals public events, its replica of credit's restrictions, and the centre's events (活动). It needs
 * the EventSourcingModule's tokens, the ContextRegistry, identity's access guard and the calendar in force, so
 * the one-process app and apps/service-centre-service mount it alike.
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
        CentreEventsController,
        KioskEventsController,
        CentreEventsDirectoryConsumer,
      ],
      providers: [
        { provide: SERVICE_CENTRE_OPTIONS, useValue: options },
        ServiceCentreCreditRestrictions,
        ReplicaAudienceDirectory,
        { provide: AUDIENCE_DIRECTORY, useExisting: ReplicaAudienceDirectory },
        CentreEventCommands,
        ...(options.demoData ? [CentreEventsDemoDataSeeder] : []),
      ],
      exports: [ServiceCentreCreditRestrictions],
    };
  }

  onModuleInit(): void {
    this.registry.registerMapper(centreEventsIntegrationMapper);
    this.registry.registerProjection(centreEventsProjection);
  }
}
