export * from './lib/liaison-topic';
export * from './lib/liaison-events';
export * from './lib/api/open-enterprise.body';
export * from './lib/api/integrity/negative-list.bodies';
