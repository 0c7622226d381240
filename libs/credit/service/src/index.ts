export * from './lib/credit.module';
export { creditIntegrationMapper } from './lib/integration/credit-integration.mapper';
export { PublicationScheduler } from './lib/scheduler/publication-scheduler';
export { BoardScheduler } from './lib/scheduler/board-scheduler';
export { RestrictionLifter } from './lib/commands/lift-restriction/restriction-lifter';
export {
  RecordFactsConsumer,
  RESTRICTION_REACTOR_CONSUMER,
} from './lib/reactors/restrictions/record-facts.consumer';
export { RestrictionIntake } from './lib/reactors/restrictions/restriction-intake';
export * from './lib/credit.env';
export * from './lib/credit.options';
export { CreditDemoDataModule, CreditDemoDataSeeder } from './lib/demo-data/credit-demo-data.seeder';
export { DEMO_RECORDS } from './lib/demo-data/demo-records';
export { LiaisonDirectoryConsumer } from './lib/consumers/liaison-directory/liaison-directory.consumer';
export { CreditCasesDemoDataSeeder } from './lib/demo-data/credit-cases-demo-data.seeder';
export { DEMO_CASE_RECORDS } from './lib/demo-data/demo-cases';
export { BoardDemoDataSeeder } from './lib/demo-data/board-demo-data.seeder';
