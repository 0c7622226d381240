export * from './lib/request-stats/rating';
export * from './lib/request-stats/request-activity';
export * from './lib/request-stats/request-facts';
export * from './lib/request-stats/request-stats.figures';
export * from './lib/health-index/half-year';
export * from './lib/health-index/health-index.methodology';
export * from './lib/health-index/health-index.compute';
