export * from './lib/credit.module';
export { creditIntegrationMapper } from './lib/integration/credit-integration.mapper';
export { PublicationScheduler } from './lib/scheduler/publication-scheduler';
export { BoardScheduler } from './lib/scheduler/board-scheduler';
export { CREDIT_SETTINGS, type CreditSettings } from './lib/application/credit-settings';
export { creditEnv } from './lib/credit.env';
export { CreditDemoDataModule, CreditDemoDataSeeder } from './lib/demo-data/credit-demo-data.seeder';
export { DEMO_RECORDS } from './lib/demo-data/demo-records';
export { LiaisonDirectoryConsumer } from './lib/consumers/liaison-directory/liaison-directory.consumer';
