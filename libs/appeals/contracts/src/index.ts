export * from './lib/appeals-events';
export * from './lib/appeals-topic';
export * from './lib/common.schema';
export * from './lib/api/request-bodies';
export * from './lib/api/request-queries';
export * from './lib/api/request-views';
