export * from './lib/credit-rules';
export * from './lib/disclosure/calendar-date';
export * from './lib/disclosure/disclosure-period';
export * from './lib/integrity-record/integrity-record.values';
export * from './lib/integrity-record/integrity-record.events';
export * from './lib/integrity-record/integrity-record.state';
export * from './lib/integrity-record/integrity-record.decide';
export * from './lib/integrity-record/integrity-record.stream';
