export * from './lib/platform-services';
