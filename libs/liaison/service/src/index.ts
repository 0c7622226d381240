export * from './lib/liaison.module';
export { liaisonIntegrationMapper } from './lib/integration/liaison-integration.mapper';
export { LiaisonDemoDataModule, LiaisonDemoDataSeeder } from './lib/demo-data/liaison-demo-data.seeder';
export { DEMO_DIRECTORY } from './lib/demo-data/demo-directory';
export { EnterpriseImporter } from './lib/commands/import-enterprises/enterprise-importer';
export { readCsv } from './lib/commands/import-enterprises/spreadsheet';
export { DivisionDirectory } from './lib/application/division-directory.service';
export { directoryProjection } from './lib/projections/directory/directory.projection';
export { findEnterprise, listEnterprises } from './lib/queries/directory/directory.query';
