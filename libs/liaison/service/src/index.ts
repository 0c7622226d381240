export * from './lib/liaison.module';
export { liaisonIntegrationMapper } from './lib/integration/liaison-integration.mapper';
export * from './lib/integrity/interaction-filings/overdue-filing.sweep';
