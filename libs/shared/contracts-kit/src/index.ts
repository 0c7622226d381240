export * from './lib/cloud-event';
export * from './lib/integration-event';
export * from './lib/topic';
export * from './lib/identifier.schemas';
export * from './lib/visible-text';
export * from './lib/decimal-digits';
export * from './lib/page-limit';
export * from './lib/field-problems';
