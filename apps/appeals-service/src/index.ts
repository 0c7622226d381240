/** What end-to-end tests and the distributed launcher start: the appeals service and its configuration. */
export * from './config/appeals-service.config';
export * from './appeals-service-app';
