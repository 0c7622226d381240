export * from './lib/service-centre-topic';
export * from './lib/service-centre-public-events';
export * from './lib/health-index-events';
export * from './lib/api/health-index.api';
