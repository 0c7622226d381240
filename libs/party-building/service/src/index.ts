export * from './lib/party-building.module';
export { partyBuildingIntegrationMapper } from './lib/integration/party-building-integration.mapper';
export * from './lib/party-building.env';
export { OrganisationScheduler } from './lib/scheduler/organisation-scheduler';
export { LiaisonDirectoryConsumer as PartyBuildingDirectoryConsumer } from './lib/organisation-coverage/liaison-directory.consumer';
export {
  PartyBuildingCreditRestrictions,
  PartyBuildingCreditRestrictionsConsumer,
} from './lib/honours/party-building-credit-restrictions';
export { PartyBuildingDemoDataSeeder } from './lib/demo-data/party-building-demo-data.seeder';
export {
  DEMO_HONOURS_RECOMMENDATION,
  DEMO_ORGANISATIONS,
  DEMO_RESTRICTED_ENTERPRISE,
} from './lib/demo-data/demo-organisations';
