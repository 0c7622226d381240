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
import { policiesProjection } from './policies/projection/policies.projection';
import { KioskPoliciesController } from './policies/queries/kiosk-policies.controller';
import { RequestStatsController } from './queries/request-stats/request-stats.controller';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from './service-centre.env';

/**
 * The 亲清家园 service-centre context, mounted with `ServiceCentreModule.forRoot(options)`: request statistics
 * from the appeals public events, its replica of credit's restrictions, and the policy library with its
 * precise push over its own replica of liaison's directory. It needs the EventSourcingModule's tokens, the
 * ContextRegistry, identity's access guard and the calendar in force, so the one-process app and
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
        ServiceCentreDirectoryConsumer,
        PolicyRestrictionsConsumer,
        PoliciesController,
        KioskPoliciesController,
      ],
      providers: [
        { provide: SERVICE_CENTRE_OPTIONS, useValue: options },
        ServiceCentreCreditRestrictions,
        ...(options.demoData ? [PolicyDemoDataSeeder] : []),
      ],
      exports: [ServiceCentreCreditRestrictions],
    };
  }

  onModuleInit(): void {
    this.registry.registerMapper(policyIntegrationMapper);
    this.registry.registerProjection(policiesProjection);
  }
}
