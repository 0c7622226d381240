export * from './lib/service-host.module';
export * from './lib/run-main';
export * from './lib/startup-message';
export * from './lib/create-service-app';
