import { type DynamicModule, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IdentityServiceModule } from '@qinqing/identity/access';
import { CalendarModule } from '@qinqing/calendar/service';
import { PartyBuildingModule, partyBuildingOptionsOf } from '@qinqing/party-building/service';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { tokenSecretsOf } from '@qinqing/shared/nest-platform';
import { createServiceApp, ServiceHostModule } from '@qinqing/shared/service-host';
import type { PartyBuildingServiceConfig } from './config/party-building-service.config';

export const PARTY_BUILDING_SERVICE_NAME = 'party-building-service';

/** The party-building context as its own process, behind the gateway (libs/platform/services lists it). */
@Module({})
export class PartyBuildingServiceModule {
  static forConfig(config: PartyBuildingServiceConfig, clock?: Clock): DynamicModule {
    return {
      module: PartyBuildingServiceModule,
      imports: [
        ServiceHostModule.forService({
          serviceName: PARTY_BUILDING_SERVICE_NAME,
          config,
          ...(clock === undefined ? {} : { clock }),
        }),
        IdentityServiceModule.forService({
          context: 'party-building',
          tokenSecrets: tokenSecretsOf(config),
          trustedOrigins: config.TRUSTED_ORIGINS,
        }),
        // Alert deadlines count working days: the calendar's notices, replicated from the service that owns them.
        CalendarModule.forRoot({ role: 'replica', context: 'party-building' }),
        PartyBuildingModule.forRoot(partyBuildingOptionsOf(config)),
      ],
    };
  }
}

export const createPartyBuildingServiceApp = (
  config: PartyBuildingServiceConfig,
  clock?: Clock,
): Promise<NestExpressApplication> =>
  createServiceApp(PartyBuildingServiceModule.forConfig(config, clock), {
    title: '亲清 party-building service API',
    description: 'The party-building context, behind the gateway.',
    version: '0.1.0',
  });
