/** What end-to-end tests and the distributed launcher start: the liaison service and its configuration. */
export * from './config/liaison-service.config';
export * from './liaison-service-app';
