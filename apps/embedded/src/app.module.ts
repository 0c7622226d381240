import { type DynamicModule, Module } from '@nestjs/common';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { AppealsModule, defaultOwnerOf } from '@qinqing/appeals/service';
import { ServiceCentreModule, serviceCentreOptionsOf } from '@qinqing/service-centre/service';
import { CalendarModule } from '@qinqing/calendar/service';
import { IdentityModule } from '@qinqing/identity/service';
import { EventSourcingModule, LoggingModule, ObservabilityModule } from '@qinqing/shared/nest-platform';
import {
  type EmbeddedConfig,
  followerPollIntervalMs,
  identityOptions,
  storageOptions,
} from './config/embedded.config';
import { LiaisonDemoDataModule, LiaisonModule, OfficialsDemoDataModule } from '@qinqing/liaison/service';
import { CreditDemoDataModule, CreditModule, creditOptionsOf } from '@qinqing/credit/service';
import { PartyBuildingModule, partyBuildingOptionsOf } from '@qinqing/party-building/service';

/** The one-process platform: every bounded context in one NestJS app over one store. */
@Module({})
export class EmbeddedAppModule {
  /** `clock` replaces the system clock (tests drive time-based behaviour with a ManualClock). */
  static forConfig(config: EmbeddedConfig, clock?: Clock): DynamicModule {
    return {
      module: EmbeddedAppModule,
      imports: [
        LoggingModule.forRoot({ serviceName: 'qinqing-embedded', level: config.LOG_LEVEL }),
        ObservabilityModule,
        EventSourcingModule.forRoot({
          storage: storageOptions(config),
          pollIntervalMs: followerPollIntervalMs(config),
          ...(clock === undefined ? {} : { clock }),
        }),
        IdentityModule.forRoot(identityOptions(config)),
        // One store for every context: the owner, with no replica.
        CalendarModule.forRoot({ role: 'owner' }),
        AppealsModule.forRoot({
          intervalMs: config.APPEALS_SCHEDULER_INTERVAL_MS,
          demoData: config.DEMO_DATA,
          defaultOwnerUnitId: defaultOwnerOf(config),
          defaultOwnerDirectory: 'local',
        }),
        ServiceCentreModule.forRoot(serviceCentreOptionsOf(config)),
        LiaisonModule.forRoot({ jurisdiction: config.LIAISON_JURISDICTION }),
        ...(config.DEMO_DATA ? [LiaisonDemoDataModule, OfficialsDemoDataModule] : []),
        CreditModule.forRoot(creditOptionsOf(config)),
        ...(config.DEMO_DATA ? [CreditDemoDataModule] : []),
        PartyBuildingModule.forRoot(partyBuildingOptionsOf(config)),
      ],
    };
  }
}
