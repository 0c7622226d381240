export * from './lib/record/record.events';
export * from './lib/record/record.state';
export * from './lib/record/record.decide';
export * from './lib/record/record.stream';
export * from './lib/credit-rules';
export * from './lib/disclosure/calendar-date';
export * from './lib/disclosure/disclosure-period';
