export * from './lib/service-centre-topic';
export * from './lib/service-centre-public-events';
export * from './lib/misconduct-report-events';
export * from './lib/api/misconduct-report.bodies';
