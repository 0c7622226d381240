export * from './lib/decider-specification';
export * from './lib/eventually';
export * from './lib/test-holiday-notice';
