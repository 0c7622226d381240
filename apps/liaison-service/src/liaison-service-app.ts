import { type DynamicModule, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CalendarModule } from '@qinqing/calendar/service';
import { IdentityServiceModule } from '@qinqing/identity/access';
import { LiaisonDemoDataModule, LiaisonModule } from '@qinqing/liaison/service';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { tokenSecretsOf } from '@qinqing/shared/nest-platform';
import { createServiceApp, ServiceHostModule } from '@qinqing/shared/service-host';
import type { LiaisonServiceConfig } from './config/liaison-service.config';

export const LIAISON_SERVICE_NAME = 'liaison-service';

/** The liaison context as its own process, behind the gateway (libs/platform/services lists it). */
@Module({})
export class LiaisonServiceModule {
  static forConfig(config: LiaisonServiceConfig, clock?: Clock): DynamicModule {
    return {
      module: LiaisonServiceModule,
      imports: [
        ServiceHostModule.forService({
          serviceName: LIAISON_SERVICE_NAME,
          config,
          ...(clock === undefined ? {} : { clock }),
        }),
        IdentityServiceModule.forService({
          context: 'liaison',
          tokenSecrets: tokenSecretsOf(config),
          trustedOrigins: config.TRUSTED_ORIGINS,
        }),
        // The working-day calendar port for filing report deadlines (interaction filings): a replica of the
        // appeals service's, which owns /api/calendar and publishes the notices administrators load there.
        CalendarModule.forRoot({ role: 'replica', context: 'liaison' }),
        LiaisonModule.forRoot({ jurisdiction: config.LIAISON_JURISDICTION }),
        ...(config.DEMO_DATA ? [LiaisonDemoDataModule] : []),
      ],
    };
  }
}

export const createLiaisonServiceApp = (
  config: LiaisonServiceConfig,
  clock?: Clock,
): Promise<NestExpressApplication> =>
  createServiceApp(LiaisonServiceModule.forConfig(config, clock), {
    title: '亲清 liaison service API',
    description: 'The liaison context, behind the gateway.',
    version: '0.1.0',
  });
