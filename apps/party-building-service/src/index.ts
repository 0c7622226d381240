/** What end-to-end tests and the distributed launcher start: the party-building service and its configuration. */
export * from './config/party-building-service.config';
export * from './party-building-service-app';
