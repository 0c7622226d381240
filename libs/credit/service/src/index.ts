export * from './lib/credit.module';
export { creditIntegrationMapper } from './lib/integration/credit-integration.mapper';
export { PublicationScheduler } from './lib/scheduler/publication-scheduler';
export * from './lib/credit.env';
export * from './lib/credit.options';
