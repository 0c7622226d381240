export * from './lib/enterprise/enterprise.events';
export * from './lib/enterprise/enterprise.state';
export * from './lib/enterprise/enterprise.decide';
export * from './lib/enterprise/enterprise.stream';
