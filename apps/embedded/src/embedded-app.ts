import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { createHttpApp, mountPlatformUi, startIntegrationEvents } from '@qinqing/shared/nest-platform';
import { EmbeddedAppModule } from './app.module';
import type { EmbeddedConfig } from './config/embedded.config';

/**
 * Builds the one-process app, its integration-event consumers running on the embedded bus; shared by main.ts
 * and the HTTP integration tests.
 */
export const createEmbeddedApp = async (
  config: EmbeddedConfig,
  clock?: Clock,
): Promise<NestExpressApplication> => {
  const app = await createHttpApp(EmbeddedAppModule.forConfig(config, clock), {
    title: '亲清 platform API',
    description:
      '亲清新型政商关系 platform: enterprise requests, liaison, credit, party building and the 亲清家园 service centres.',
    version: '0.1.0',
  });
  mountPlatformUi(app, config.UI_DIST_DIR);
  return startIntegrationEvents(app);
};
