import { type DynamicModule, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CalendarModule } from '@qinqing/calendar/service';
import { ServiceCentreModule, serviceCentreOptionsOf } from '@qinqing/service-centre/service';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { IdentityServiceModule } from '@qinqing/identity/access';
import { tokenSecretsOf } from '@qinqing/shared/nest-platform';
import { createServiceApp, ServiceHostModule } from '@qinqing/shared/service-host';
import type { ServiceCentreServiceConfig } from './config/service-centre-service.config';

export const SERVICE_CENTRE_SERVICE_NAME = 'service-centre-service';

/** The 亲清家园 service-centre context as its own process: it learns of requests from appeals' public events. */
@Module({})
export class ServiceCentreServiceModule {
  static forConfig(config: ServiceCentreServiceConfig, clock?: Clock): DynamicModule {
    return {
      module: ServiceCentreServiceModule,
      imports: [
        ServiceHostModule.forService({
          serviceName: SERVICE_CENTRE_SERVICE_NAME,
          config,
          ...(clock === undefined ? {} : { clock }),
        }),
        IdentityServiceModule.forService({
          context: 'service-centre',
          tokenSecrets: tokenSecretsOf(config),
          trustedOrigins: config.TRUSTED_ORIGINS,
        }),
        // Report escalations and event deadlines count working days: the calendar's notices, replicated.
        CalendarModule.forRoot({ role: 'replica', context: 'service-centre' }),
        ServiceCentreModule.forRoot(serviceCentreOptionsOf(config)),
      ],
    };
  }
}

export const createServiceCentreServiceApp = (
  config: ServiceCentreServiceConfig,
  clock?: Clock,
): Promise<NestExpressApplication> =>
  createServiceApp(ServiceCentreServiceModule.forConfig(config, clock), {
    title: '亲清 service-centre service API',
    description:
      '亲清家园 service centres: request statistics per centre and department, behind the gateway.',
    version: '0.1.0',
  });
