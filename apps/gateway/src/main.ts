import 'reflect-metadata';
import { runMain } from '@qinqing/shared/service-host';
import { loadGatewayConfig } from './config/gateway.config';
import { createGatewayApp } from './gateway-app';

runMain(loadGatewayConfig, (config) => createGatewayApp(config), 'people');
