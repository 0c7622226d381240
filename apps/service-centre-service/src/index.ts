/** What end-to-end tests and the distributed launcher start: the service-centre service and its configuration. */
export * from './config/service-centre-service.config';
export * from './service-centre-service-app';
