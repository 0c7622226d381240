export * from './lib/liaison.module';
export { liaisonIntegrationMapper } from './lib/integration/liaison-integration.mapper';
