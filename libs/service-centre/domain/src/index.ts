export * from './lib/request-stats/rating';
export * from './lib/request-stats/request-activity';
export * from './lib/request-stats/request-facts';
export * from './lib/request-stats/request-stats.figures';
