import 'reflect-metadata';
import { runMain } from '@qinqing/shared/service-host';
import { createPartyBuildingServiceApp } from './party-building-service-app';
import { loadPartyBuildingServiceConfig } from './config/party-building-service.config';

runMain(loadPartyBuildingServiceConfig, (config) => createPartyBuildingServiceApp(config));
