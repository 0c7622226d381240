export * from './lib/party-building-topic';
export * from './lib/party-building-events';
export * from './lib/api/organisation-form.query';
export * from './lib/api/organisation.bodies';
export * from './lib/api/joint-branch.bodies';
export * from './lib/api/joint-work.bodies';
