import type { INestApplication } from '@nestjs/common';
import type { CustomStrategy } from '@nestjs/microservices';
import { IntegrationEventsServer } from './integration-events.server';

/**
 * Connects the integration-event transport the configuration chose (`EventSourcingModule`: embedded or
 * Kafka) as the app's microservice and starts the consumers: `connectMicroservice({ strategy })`, then
 * `init()` — the contexts register their mappers and create their tables in `onModuleInit` — then
 * `startAllMicroservices()`. Call it last, once the app's own middleware is mounted (init mounts Nest's
 * router and 404 handler behind it). The transport does not inherit the HTTP app's global filters and guards.
 */
export const startIntegrationEvents = async <App extends INestApplication>(app: App): Promise<App> => {
  app.connectMicroservice<CustomStrategy>({ strategy: app.get(IntegrationEventsServer) });
  await app.init();
  await app.startAllMicroservices();
  return app;
};
