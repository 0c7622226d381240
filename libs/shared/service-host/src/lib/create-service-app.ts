import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHttpApp, type HttpAppOptions, startIntegrationEvents } from '@qinqing/shared/nest-platform';

/**
 * A context service as it runs in the distributed mode: the platform's HTTP app (`createHttpApp`) with its
 * integration-event consumers connected and started on Kafka (`startIntegrationEvents`). The module is
 * `ServiceHostModule.forService(…)` plus the service's context modules.
 */
export const createServiceApp = async (
  module: Parameters<typeof createHttpApp>[0],
  options: HttpAppOptions,
): Promise<NestExpressApplication> => startIntegrationEvents(await createHttpApp(module, options));
