export * from './lib/service-centre-topic';
export * from './lib/service-centre-public-events';
