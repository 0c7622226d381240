export * from './lib/liaison.module';
export { liaisonIntegrationMapper } from './lib/integration/liaison-integration.mapper';
export { OfficialsModule } from './lib/officials/officials.module';
export { OfficialsService } from './lib/officials/application/officials.service';
export { LiaisonSettingsService } from './lib/officials/application/liaison-settings.service';
export { VisitProblemOutcomesConsumer } from './lib/officials/consumers/visit-problem-outcomes.consumer';
export {
  OfficialsDemoDataModule,
  OfficialsDemoDataSeeder,
} from './lib/officials/demo-data/officials-demo-data.seeder';
