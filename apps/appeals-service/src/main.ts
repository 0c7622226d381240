import 'reflect-metadata';
import { runMain } from '@qinqing/shared/service-host';
import { createAppealsServiceApp } from './appeals-service-app';
import { loadAppealsServiceConfig } from './config/appeals-service.config';

runMain(loadAppealsServiceConfig, (config) => createAppealsServiceApp(config));
