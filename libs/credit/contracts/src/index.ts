export * from './lib/credit-topic';
export * from './lib/credit-events';
export * from './lib/api/open-record.body';
