/** What end-to-end tests start: the one-process app and its configuration. */
export * from './config/embedded.config';
export * from './embedded-app';
