export * from './lib/service-centre-topic';
export * from './lib/service-centre-public-events';
export * from './lib/events-events';
export * from './lib/api/centre-events.bodies';
