export * from './lib/enterprise-request/enterprise-request.commands';
export * from './lib/enterprise-request/enterprise-request.events';
export * from './lib/values/china-date';
export * from './lib/values/clock-policy';
export * from './lib/values/rating';
export * from './lib/values/request-actor';
export * from './lib/values/request-category';
export * from './lib/values/request-channel';
