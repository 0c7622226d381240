export * from './lib/record/record.events';
export * from './lib/record/record.state';
export * from './lib/record/record.decide';
export * from './lib/record/record.stream';
