export * from './lib/appeals-events';
export * from './lib/appeals-topic';
export * from './lib/common.schema';
