export * from './lib/service-centre-topic';
