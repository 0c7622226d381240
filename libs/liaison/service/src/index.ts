export * from './lib/liaison.module';
export { liaisonIntegrationMapper } from './lib/integration/liaison-integration.mapper';
export { LiaisonDemoDataModule, LiaisonDemoDataSeeder } from './lib/demo-data/liaison-demo-data.seeder';
export { DEMO_DIRECTORY } from './lib/demo-data/demo-directory';
