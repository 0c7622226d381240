export * from './lib/service-centre-topic';
export * from './lib/service-centre-public-events';
export * from './lib/health-index-events';
export * from './lib/api/health-index.api';
export * from './lib/queue-events';
export * from './lib/queue/queue.api';
