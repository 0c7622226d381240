export * from './lib/credit.module';
export { creditIntegrationMapper } from './lib/integration/credit-integration.mapper';
export { PublicationScheduler } from './lib/scheduler/publication-scheduler';
