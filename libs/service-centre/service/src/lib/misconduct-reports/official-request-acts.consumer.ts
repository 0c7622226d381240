import { Ctx, Payload } from '@nestjs/microservices';
import {
  RequestStaffActedV1,
  RequestSubmittedV1,
  STAFF_APPROVAL_ACTIONS,
  type StaffAction,
} from '@qinqing/appeals/contracts';
import type { IntegrationEventOf } from '@qinqing/shared/contracts-kit';
import { type SqlExecutor, textArrayOfJson } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventBatchContext,
  IntegrationEventBatchPattern,
} from '@qinqing/shared/nest-platform';
import { OfficialActivityConsumer } from './official-activity.replica';

export const OFFICIAL_REQUEST_ACTS_CONSUMER = 'service-centre.official-request-acts';

const isApproval = (action: StaffAction): boolean =>
  (STAFF_APPROVAL_ACTIONS as readonly StaffAction[]).includes(action);

type RequestAct = IntegrationEventOf<typeof RequestSubmittedV1 | typeof RequestStaffActedV1>;
type Submitted = IntegrationEventOf<typeof RequestSubmittedV1>;
type StaffActed = IntegrationEventOf<typeof RequestStaffActedV1>;

/** A staff account's acts on one request in a batch: each kind once, in the order first done. */
interface HandledRequest {
  readonly accountId: string;
  readonly requestId: string;
  readonly actions: StaffAction[];
  readonly firstActedAt: string;
  lastActedAt: string;
}

/**
 * Appeals' requests for the flagged review: each request's enterprise (public on `submitted`) and, per staff
 * account, the approvals it gave and the requests it acted on (the oversight event `staff-acted`), in the
 * inbox's transaction (exactly once). A request's events share its key: the submission comes first. A batch at a
 * time, a statement per table: a city's requests are millions of events.
 */
@EventConsumer(OFFICIAL_REQUEST_ACTS_CONSUMER)
export class OfficialRequestActsConsumer extends OfficialActivityConsumer {
  @IntegrationEventBatchPattern(RequestSubmittedV1, RequestStaffActedV1)
  async acted(
    @Payload() events: readonly RequestAct[],
    @Ctx() context: IntegrationEventBatchContext,
  ): Promise<void> {
    const tx = context.getTransaction();
    const submitted = events.filter((e): e is Submitted => e.type === RequestSubmittedV1.type);
    const acts = events.filter((e): e is StaffActed => e.type === RequestStaffActedV1.type);
    await keepEnterprises(tx, submitted);
    await keepApprovals(
      tx,
      acts.filter((e) => isApproval(e.data.action)),
    );
    await keepHandled(
      tx,
      acts.filter((e) => !isApproval(e.data.action)),
    );
  }
}

const keepEnterprises = async (tx: SqlExecutor, submitted: readonly Submitted[]): Promise<void> => {
  if (submitted.length === 0) return;
  const data = submitted.map((e) => e.data);
  await tx.query(
    `INSERT INTO service_centre_request_enterprises (request_id, credit_code, enterprise_name, category,
       submitted_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
     ON CONFLICT (request_id) DO NOTHING`,
    [
      data.map((d) => d.requestId),
      data.map((d) => d.enterpriseCreditCode),
      data.map((d) => d.enterpriseName),
      data.map((d) => d.category),
      data.map((d) => d.submittedAt),
    ],
  );
};

/** Each approval once, under its event's id. */
const keepApprovals = async (tx: SqlExecutor, approvals: readonly StaffActed[]): Promise<void> => {
  if (approvals.length === 0) return;
  await tx.query(
    `INSERT INTO service_centre_official_request_approvals (approval_id, account_id, request_id, action, acted_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
     ON CONFLICT (approval_id) DO NOTHING`,
    [
      approvals.map((e) => e.id),
      approvals.map((e) => e.data.accountId),
      approvals.map((e) => e.data.requestId),
      approvals.map((e) => e.data.action),
      approvals.map((e) => e.data.actedAt),
    ],
  );
};

/**
 * Each kind of act once per account and request, in the order first done: bounded by the kinds, however often one
 * replies. The batch's acts are folded per account and request first, then merged with what the row holds.
 */
const keepHandled = async (tx: SqlExecutor, acts: readonly StaffActed[]): Promise<void> => {
  if (acts.length === 0) return;
  const handled = new Map<string, HandledRequest>();
  for (const { data } of acts) {
    const key = `${data.accountId} ${data.requestId}`;
    const row = handled.get(key);
    if (row === undefined) {
      handled.set(key, {
        accountId: data.accountId,
        requestId: data.requestId,
        actions: [data.action],
        firstActedAt: data.actedAt,
        lastActedAt: data.actedAt,
      });
      continue;
    }
    if (!row.actions.includes(data.action)) row.actions.push(data.action);
    // `actedAt` is the event's occurredAt, a JavaScript Date's ISO text (whole milliseconds): this compares what
    // SQL's GREATEST would.
    if (Date.parse(data.actedAt) > Date.parse(row.lastActedAt)) row.lastActedAt = data.actedAt;
  }
  const rows = [...handled.values()];
  await tx.query(
    `INSERT INTO service_centre_official_handled_requests
       (account_id, request_id, actions, first_acted_at, last_acted_at)
     SELECT h.account_id, h.request_id, ${textArrayOfJson('h.actions')}, h.first_at, h.last_at
     FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[], $5::timestamptz[])
       AS h(account_id, request_id, actions, first_at, last_at)
     ON CONFLICT (account_id, request_id) DO UPDATE SET
       actions = ARRAY(
         SELECT a FROM unnest(service_centre_official_handled_requests.actions || excluded.actions)
           WITH ORDINALITY AS t(a, n)
         GROUP BY a ORDER BY min(n)),
       last_acted_at = GREATEST(service_centre_official_handled_requests.last_acted_at, excluded.last_acted_at)`,
    [
      rows.map((r) => r.accountId),
      rows.map((r) => r.requestId),
      rows.map((r) => JSON.stringify(r.actions)),
      rows.map((r) => r.firstActedAt),
      rows.map((r) => r.lastActedAt),
    ],
  );
};
