export * from './lib/liaison.module';
export { DEMO_JURISDICTION, liaisonEnv } from './lib/liaison.env';
export { createLiaisonIntegrationMapper } from './lib/integration/liaison-integration.mapper';
export { LiaisonDemoDataModule, LiaisonDemoDataSeeder } from './lib/demo-data/liaison-demo-data.seeder';
export { DEMO_DIRECTORY } from './lib/demo-data/demo-directory';
export { EnterpriseImporter } from './lib/commands/import-enterprises/enterprise-importer';
export { directoryProjection } from './lib/projections/directory/directory.projection';
export { findEnterprise, listEnterprises } from './lib/queries/directory/directory.query';
export { DIRECTORY_TABLE_DDL } from './lib/projections/directory/directory.schema.sql';
export { OfficialsModule } from './lib/officials/officials.module';
export { OfficialsService } from './lib/officials/application/officials.service';
export { LiaisonSettingsService } from './lib/officials/application/liaison-settings.service';
export { VisitProblemOutcomesConsumer } from './lib/officials/consumers/visit-problem-outcomes.consumer';
export {
  LiaisonCreditRestrictions,
  LiaisonCreditRestrictionsConsumer,
} from './lib/officials/consumers/credit-restrictions.replica';
export {
  OfficialsDemoDataModule,
  OfficialsDemoDataSeeder,
} from './lib/officials/demo-data/officials-demo-data.seeder';
export * from './lib/integrity/interaction-filings/overdue-filing.sweep';
export { OutboundMessages, type OutboundTextMessage } from './lib/outbound-messages/outbound-messages';
export { PolicyNoticesConsumer } from './lib/policy-notices/policy-notices.consumer';
export { NOTICE_HOLD_MS, PolicyNoticeSender } from './lib/policy-notices/policy-notice.sender';
