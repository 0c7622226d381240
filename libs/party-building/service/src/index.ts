export * from './lib/party-building.module';
export { partyBuildingIntegrationMapper } from './lib/integration/party-building-integration.mapper';
export * from './lib/party-building.env';
export { OrganisationScheduler } from './lib/scheduler/organisation-scheduler';
export { LiaisonDirectoryConsumer as PartyBuildingDirectoryConsumer } from './lib/organisation-coverage/liaison-directory.consumer';
