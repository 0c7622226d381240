import 'reflect-metadata';
import { runMain } from '@qinqing/shared/service-host';
import { createCreditServiceApp } from './credit-service-app';
import { loadCreditServiceConfig } from './config/credit-service.config';

runMain(loadCreditServiceConfig, (config) => createCreditServiceApp(config));
