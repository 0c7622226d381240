export * from './lib/enterprise/enterprise.values';
export * from './lib/enterprise/enterprise.events';
export * from './lib/enterprise/enterprise.state';
export * from './lib/enterprise/enterprise.decide';
export * from './lib/enterprise/enterprise.stream';
export * from './lib/size-class/industry-code';
export * from './lib/size-class/size-class';
