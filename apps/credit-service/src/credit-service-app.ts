import { type DynamicModule, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IdentityServiceModule } from '@qinqing/identity/access';
import { CalendarModule } from '@qinqing/calendar/service';
import { CreditDemoDataModule, CreditModule, creditOptionsOf } from '@qinqing/credit/service';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { tokenSecretsOf } from '@qinqing/shared/nest-platform';
import { createServiceApp, ServiceHostModule } from '@qinqing/shared/service-host';
import type { CreditServiceConfig } from './config/credit-service.config';

export const CREDIT_SERVICE_NAME = 'credit-service';

/** The credit context as its own process, behind the gateway (libs/platform/services lists it). */
@Module({})
export class CreditServiceModule {
  static forConfig(config: CreditServiceConfig, clock?: Clock): DynamicModule {
    return {
      module: CreditServiceModule,
      imports: [
        ServiceHostModule.forService({
          serviceName: CREDIT_SERVICE_NAME,
          config,
          ...(clock === undefined ? {} : { clock }),
        }),
        IdentityServiceModule.forService({
          context: 'credit',
          tokenSecrets: tokenSecretsOf(config),
          trustedOrigins: config.TRUSTED_ORIGINS,
        }),
        // The working-day calendar port for the objection and repair time limits: a replica of the appeals
        // service's, which owns /api/calendar and publishes the notices administrators load there.
        CalendarModule.forRoot({ role: 'replica', context: 'credit' }),
        CreditModule.forRoot(creditOptionsOf(config)),
        ...(config.DEMO_DATA ? [CreditDemoDataModule] : []),
      ],
    };
  }
}

export const createCreditServiceApp = (
  config: CreditServiceConfig,
  clock?: Clock,
): Promise<NestExpressApplication> =>
  createServiceApp(CreditServiceModule.forConfig(config, clock), {
    title: '亲清 credit service API',
    description: 'The credit context, behind the gateway.',
    version: '0.1.0',
  });
