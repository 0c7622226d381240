export * from './lib/appeals.env';
export * from './lib/appeals.module';
export * from './lib/application/appeals-policy.service';
export * from './lib/application/request-commands.service';
export * from './lib/integration/appeals-integration.mapper';
export * from './lib/integration/appeals-oversight.mapper';
export * from './lib/scheduler/deadline-scheduler';
export * from './lib/projections/rates/performance.projection';
export * from './lib/queries/rates/department-rates.query';
export {
  LiaisonProblemIntake,
  LiaisonVisitProblemsConsumer,
} from './lib/consumers/liaison-visit-problems/liaison-visit-problems.consumer';
export { LiaisonConflictsConsumer } from './lib/consumers/liaison-conflicts/liaison-conflicts.consumer';
export { StaffConflictsReplica } from './lib/consumers/liaison-conflicts/staff-conflicts.replica';
export { listRequestsStatement } from './lib/queries/request-list/request-list.query';
