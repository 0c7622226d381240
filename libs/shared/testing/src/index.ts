export * from './lib/decider-specification';
export * from './lib/eventually';
export * from './lib/test-holiday-notice';
export * from './lib/mapper-event-types';
export * from './lib/rolled-back';
