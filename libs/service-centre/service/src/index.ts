export * from './lib/service-centre.module';
export * from './lib/service-centre.env';
export * from './lib/consumers/request-stats/request-stats.consumer';
export * from './lib/queries/request-stats/request-stats.controller';
export * from './lib/queries/request-stats/request-stats.schema';
export * from './lib/consumers/request-stats/appeals-activity';
export * from './lib/consumers/credit-restrictions/credit-restrictions.replica';
