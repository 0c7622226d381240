export * from './lib/enterprise-request/clocks';
export * from './lib/enterprise-request/enterprise-request.commands';
export * from './lib/enterprise-request/enterprise-request.decider';
export * from './lib/enterprise-request/enterprise-request.errors';
export * from './lib/enterprise-request/enterprise-request.events';
export * from './lib/enterprise-request/enterprise-request.fields';
// decide, evolve and initialState are reached through the decider: generic names stay out of the public API.
export {
  type ClockPause,
  ENTERPRISE_STATUS_NAMES,
  type EnterpriseRequestState,
  isSubmitted,
  type JointMeeting,
  originalFactsOf,
  type PendingHandOff,
  REQUEST_STATUS_NAMES,
  type RequestAnswer,
  type RequestStatus,
  type SubmittedRequest,
  type SupervisionOrder,
} from './lib/enterprise-request/enterprise-request.state';
export * from './lib/enterprise-request/enterprise-request.stream';
export { reviewOrderId, supervisionOrderId } from './lib/enterprise-request/decide/order-ids';
export { recusingActorOf } from './lib/enterprise-request/decide/recusal';
export * from './lib/values/appeals-rules';
export * from './lib/values/china-date';
export * from './lib/values/clock-policy';
export * from './lib/values/feedback-proof';
export * from './lib/values/pause-cause';
export * from './lib/values/follow-up';
export * from './lib/values/rating';
export * from './lib/values/supervision-outcome';
export * from './lib/values/request-actor';
export * from './lib/values/request-category';
export * from './lib/values/request-channel';
export * from './lib/values/staff-conflict';
export * from './lib/appeals-policy/appeals-policy.decide';
export * from './lib/appeals-policy/appeals-policy.events';
export * from './lib/department-ledger/department-ledger.decide';
export * from './lib/department-ledger/department-ledger.events';
export * from './lib/enterprise-request/due-dates';
