/** What end-to-end tests and the distributed launcher start: the gateway and its configuration. */
export * from './config/gateway.config';
export * from './gateway-app';
