import 'reflect-metadata';
import { runMain } from '@qinqing/shared/service-host';
import { createEmbeddedApp } from './embedded-app';
import { loadEmbeddedConfig } from './config/embedded.config';

runMain(loadEmbeddedConfig, (config) => createEmbeddedApp(config), 'people');
