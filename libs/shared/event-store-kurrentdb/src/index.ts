export * from './lib/errors';
export * from './lib/event-metadata';
export * from './lib/expected-revision';
export * from './lib/idempotency-reservation';
export * from './lib/kurrentdb-event-store';
export * from './lib/log-cursor';
export * from './lib/stored-event';
export * from './lib/stream-naming';
