import { Ctx, Payload } from '@nestjs/microservices';
import {
  RequestStaffActedV1,
  RequestSubmittedV1,
  STAFF_APPROVAL_ACTIONS,
  type StaffAction,
} from '@qinqing/appeals/contracts';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
} from '@qinqing/shared/nest-platform';
import { OfficialActivityConsumer, type ReplicaEvent } from './official-activity.replica';

export const OFFICIAL_REQUEST_ACTS_CONSUMER = 'service-centre.official-request-acts';

const isApproval = (action: StaffAction): boolean =>
  (STAFF_APPROVAL_ACTIONS as readonly StaffAction[]).includes(action);

/**
 * Appeals' requests for the flagged review: each request's enterprise (public on `submitted`) and, per staff
 * account, the approvals it gave and the requests it acted on (the oversight event `staff-acted`), in the
 * inbox's transaction (exactly once). A request's events share its key: the submission comes first.
 */
@EventConsumer(OFFICIAL_REQUEST_ACTS_CONSUMER)
export class OfficialRequestActsConsumer extends OfficialActivityConsumer {
  @IntegrationEventPattern(RequestSubmittedV1)
  async submitted(
    @Payload() event: ReplicaEvent<typeof RequestSubmittedV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    await this.write(
      context,
      `INSERT INTO service_centre_request_enterprises (request_id, credit_code, enterprise_name, category,
         submitted_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (request_id) DO NOTHING`,
      [d.requestId, d.enterpriseCreditCode, d.enterpriseName, d.category, d.submittedAt],
    );
  }

  @IntegrationEventPattern(RequestStaffActedV1)
  async staffActed(
    @Payload() event: ReplicaEvent<typeof RequestStaffActedV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    if (isApproval(d.action)) {
      await this.write(
        context,
        `INSERT INTO service_centre_official_request_approvals (approval_id, account_id, request_id, action, acted_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (approval_id) DO NOTHING`,
        [event.id, d.accountId, d.requestId, d.action, d.actedAt],
      );
      return;
    }
    // Each kind of act once, in the order first done: bounded by the kinds, however often one replies.
    await this.write(
      context,
      `INSERT INTO service_centre_official_handled_requests
         (account_id, request_id, actions, first_acted_at, last_acted_at)
       VALUES ($1, $2, ARRAY[$3::text], $4, $4)
       ON CONFLICT (account_id, request_id) DO UPDATE SET
         actions = CASE WHEN $3 = ANY (service_centre_official_handled_requests.actions)
           THEN service_centre_official_handled_requests.actions
           ELSE array_append(service_centre_official_handled_requests.actions, $3::text) END,
         last_acted_at = GREATEST(service_centre_official_handled_requests.last_acted_at, excluded.last_acted_at)`,
      [d.accountId, d.requestId, d.action, d.actedAt],
    );
  }
}
