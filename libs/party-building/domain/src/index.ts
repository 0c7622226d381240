export * from './lib/party-building-rules';
export * from './lib/organisation-form/organisation-form';
export * from './lib/enterprise-organisation/organisation.values';
export * from './lib/enterprise-organisation/organisation.events';
export * from './lib/enterprise-organisation/organisation.state';
export * from './lib/enterprise-organisation/organisation.decide';
export * from './lib/enterprise-organisation/organisation.stream';
