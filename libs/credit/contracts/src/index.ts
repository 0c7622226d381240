export * from './lib/credit-topic';
export * from './lib/credit-events';
export * from './lib/api/disclosure-period.query';
export * from './lib/api/integrity-record.bodies';
export * from './lib/api/penalty-import';
export * from './lib/api/my-records.view';
export * from './lib/credit-commitment';
export * from './lib/api/objection-repair.bodies';
