export * from './lib/create-test-database';
export * from './lib/describe-event-store-contract';
export * from './lib/event-store-contract-subject';
export * from './lib/advisory-lock-holders';
export * from './lib/query-plans';
export * from './lib/secondary-indexes-round-trip';
