import { type DynamicModule, Module } from '@nestjs/common';
import { EventSourcingModule, LoggingModule, ObservabilityModule } from '@qinqing/shared/nest-platform';
import { type EmbeddedConfig, storageOptions } from './config/embedded.config';

/** The one-process platform: every bounded context in one NestJS app over one store. */
@Module({})
export class EmbeddedAppModule {
  static forConfig(config: EmbeddedConfig): DynamicModule {
    return {
      module: EmbeddedAppModule,
      imports: [
        LoggingModule.forRoot({ serviceName: 'qinqing-embedded', level: config.LOG_LEVEL }),
        ObservabilityModule,
        EventSourcingModule.forRoot({
          storage: storageOptions(config),
          pollIntervalMs: config.FOLLOWER_POLL_INTERVAL_MS,
        }),
      ],
    };
  }
}
