import type { Decider } from '@qinqing/shared/domain-kernel';
import type { AppealsDecisionContext, EnterpriseRequestCommand } from './enterprise-request.commands';
import { decide } from './enterprise-request.decide';
import type { EnterpriseRequestError } from './enterprise-request.errors';
import type { EnterpriseRequestEvent } from './enterprise-request.events';
import { type EnterpriseRequestState, evolve, initialState } from './enterprise-request.state';

/** The enterprise request aggregate (企业诉求), for the command handler: read stream, fold, decide, append. */
export const enterpriseRequestDecider: Decider<
  EnterpriseRequestCommand,
  EnterpriseRequestEvent,
  EnterpriseRequestState,
  EnterpriseRequestError,
  AppealsDecisionContext
> = { initialState, evolve, decide };
