export * from './lib/liaison-topic';
export * from './lib/liaison-events';
export * from './lib/api/open-enterprise.body';
export * from './lib/api/integrity/negative-list.bodies';
export * from './lib/api/integrity/interaction-filing.bodies';
export * from './lib/integrity-events';
export * from './lib/api/integrity/declaration.bodies';
export * from './lib/api/integrity/symposium.bodies';
