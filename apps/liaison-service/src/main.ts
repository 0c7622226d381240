import 'reflect-metadata';
import { runMain } from '@qinqing/shared/service-host';
import { createLiaisonServiceApp } from './liaison-service-app';
import { loadLiaisonServiceConfig } from './config/liaison-service.config';

runMain(loadLiaisonServiceConfig, (config) => createLiaisonServiceApp(config));
