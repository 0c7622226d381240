import { type DynamicModule, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppealsModule, defaultOwnerOf } from '@qinqing/appeals/service';
import { CalendarModule } from '@qinqing/calendar/service';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { IdentityServiceModule } from '@qinqing/identity/access';
import { tokenSecretsOf } from '@qinqing/shared/nest-platform';
import { createServiceApp, ServiceHostModule } from '@qinqing/shared/service-host';
import type { AppealsServiceConfig } from './config/appeals-service.config';

export const APPEALS_SERVICE_NAME = 'appeals-service';

/** The appeals context (and the working-day calendar it counts deadlines with) as its own process. */
@Module({})
export class AppealsServiceModule {
  static forConfig(config: AppealsServiceConfig, clock?: Clock): DynamicModule {
    return {
      module: AppealsServiceModule,
      imports: [
        ServiceHostModule.forService({
          serviceName: APPEALS_SERVICE_NAME,
          config,
          ...(clock === undefined ? {} : { clock }),
        }),
        IdentityServiceModule.forService({
          context: 'appeals',
          tokenSecrets: tokenSecretsOf(config),
          trustedOrigins: config.TRUSTED_ORIGINS,
        }),
        // The gateway sends /api/calendar here: this service owns the calendar and publishes its notices.
        CalendarModule.forRoot({ role: 'owner' }),
        AppealsModule.forRoot({
          intervalMs: config.APPEALS_SCHEDULER_INTERVAL_MS,
          demoData: config.DEMO_DATA,
          defaultOwnerUnitId: defaultOwnerOf(config),
          // Units reach this service from Kafka after start: not ready until the default owner is known.
          defaultOwnerDirectory: 'replicated',
        }),
      ],
    };
  }
}

export const createAppealsServiceApp = (
  config: AppealsServiceConfig,
  clock?: Clock,
): Promise<NestExpressApplication> =>
  createServiceApp(AppealsServiceModule.forConfig(config, clock), {
    title: '亲清 appeals service API',
    description: 'Enterprise requests (企业诉求) and the working-day calendar, behind the gateway.',
    version: '0.1.0',
  });
