import 'reflect-metadata';
import { runMain } from '@qinqing/shared/service-host';
import { createServiceCentreServiceApp } from './service-centre-service-app';
import { loadServiceCentreServiceConfig } from './config/service-centre-service.config';

runMain(loadServiceCentreServiceConfig, (config) => createServiceCentreServiceApp(config));
