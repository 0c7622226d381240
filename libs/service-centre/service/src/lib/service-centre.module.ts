import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import {
  ServiceCentreCreditRestrictions,
  ServiceCentreCreditRestrictionsConsumer,
} from './consumers/credit-restrictions/credit-restrictions.replica';
import { RequestStatsConsumer } from './consumers/request-stats/request-stats.consumer';
import { RequestStatsController } from './queries/request-stats/request-stats.controller';
import { HealthIndexCommands } from './health-index/health-index-commands';
import { HealthIndexController } from './health-index/health-index.controller';
import { HealthIndexInputsConsumer } from './health-index/health-index-inputs.consumer';
import { healthIndexIntegrationMapper } from './health-index/health-index-integration.mapper';
import { healthIndexProjection } from './health-index/health-index.projection';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from './service-centre.env';

/**
 * The 亲清家园 service-centre context, mounted with `ServiceCentreModule.forRoot(options)`: request statistics
 * from the appeals public events, and its replica of credit's restrictions. It needs the EventSourcingModule's
 * tokens, the ContextRegistry, identity's access guard and the calendar in force, so the one-process app and
 * apps/service-centre-service mount it alike.
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
      ],
      providers: [
        { provide: SERVICE_CENTRE_OPTIONS, useValue: options },
        ServiceCentreCreditRestrictions,
        HealthIndexCommands,
      ],
      exports: [ServiceCentreCreditRestrictions],
    };
  }

  onModuleInit(): void {
    this.registry.registerMapper(healthIndexIntegrationMapper);
    this.registry.registerProjection(healthIndexProjection);
  }
}
