/** What end-to-end tests and the distributed launcher start: the credit service and its configuration. */
export * from './config/credit-service.config';
export * from './credit-service-app';
