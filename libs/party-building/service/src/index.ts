export * from './lib/party-building.module';
export { partyBuildingIntegrationMapper } from './lib/integration/party-building-integration.mapper';
