export * from './lib/service-centre-topic';
export * from './lib/service-centre-public-events';
export * from './lib/policy-events';
export * from './lib/api/policy.bodies';
