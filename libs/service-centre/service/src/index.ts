export * from './lib/service-centre.module';
export * from './lib/service-centre.env';
export * from './lib/consumers/request-stats/request-stats.consumer';
export * from './lib/queries/request-stats/request-stats.controller';
export * from './lib/queries/request-stats/request-stats.schema';
export * from './lib/consumers/request-stats/appeals-activity';
export {
  REQUEST_FACTS_TABLE,
  type RequestFactsRow,
  requestFactsOfRow,
} from './lib/consumers/request-stats/request-facts.table';
export * from './lib/consumers/credit-restrictions/credit-restrictions.replica';
export * from './lib/health-index/health-index-inputs.consumer';
export * from './lib/health-index/health-index-inputs.table';
export * from './lib/policies/directory/directory-replica.table';
export { ServiceCentreDirectoryConsumer } from './lib/policies/directory/liaison-directory.consumer';
export { PolicyRestrictionsConsumer } from './lib/policies/directory/policy-restrictions.consumer';
export * from './lib/policies/matching/policy-matching.sql';
export * from './lib/policies/projection/policies.projection';
export * from './lib/policies/demo-data/demo-policies';
export * from './lib/policies/policy-roles';
export * from './lib/policies/notices/policy-notices.pass';
export * from './lib/misconduct-reports/misconduct-report.pass';
export * from './lib/misconduct-reports/receipt-codes';
export * from './lib/misconduct-reports/official-activity.replica';
export * from './lib/misconduct-reports/official-activity.tables';
export * from './lib/misconduct-reports/official-filings.consumer';
export * from './lib/misconduct-reports/official-request-acts.consumer';
export * from './lib/demo-data/misconduct-report-demo-data.seeder';
