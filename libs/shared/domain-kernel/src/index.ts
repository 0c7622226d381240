export * from './lib/decider';
export * from './lib/domain-error';
export * from './lib/decision';
export * from './lib/reference-data-missing.error';
export * from './lib/sourced-rules';
