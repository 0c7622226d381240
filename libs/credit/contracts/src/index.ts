export * from './lib/credit-topic';
export * from './lib/credit-events';
export * from './lib/api/open-record.body';
export * from './lib/api/disclosure-period.query';
