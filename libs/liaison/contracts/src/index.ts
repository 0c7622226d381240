export * from './lib/liaison-topic';
export * from './lib/liaison-events';
export * from './lib/api/enterprise.bodies';
export * from './lib/api/size-class.query';
export * from './lib/api/directory.queries';
export * from './lib/api/import';
export * from './lib/officials-events';
export * from './lib/api/officials.bodies';
