import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { APPEALS_TOPIC } from '@qinqing/appeals/contracts';
import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { EventConsumer, IntegrationEventContext, SQL_DATABASE } from '@qinqing/shared/nest-platform';

export const VISIT_PROBLEM_OUTCOMES_CONSUMER = 'liaison.visit-problem-outcomes';

/** What a visit shows of the request its problem became, from appeals' public events. */
export const PROBLEM_STATES = [
  'submitted',
  'handed-off',
  'accepted',
  'sent-back',
  'paused',
  'escalated',
  'informed',
  'resolved',
  'reopened',
  'rated',
] as const;
export type ProblemState = (typeof PROBLEM_STATES)[number];

/** Appeals event type → the problem's state and, for the three outcomes, the answer given. */
const STATE_OF: Record<string, ProblemState> = {
  'cn.qinqing.appeals.request.submitted.v1': 'submitted',
  'cn.qinqing.appeals.request.handed-off.v1': 'handed-off',
  'cn.qinqing.appeals.request.accepted.v1': 'accepted',
  'cn.qinqing.appeals.request.sent-back.v1': 'sent-back',
  'cn.qinqing.appeals.request.paused.v1': 'paused',
  'cn.qinqing.appeals.request.resumed.v1': 'accepted',
  'cn.qinqing.appeals.request.escalated.v1': 'escalated',
  'cn.qinqing.appeals.request.informed.v1': 'informed',
  'cn.qinqing.appeals.request.resolved.v1': 'resolved',
  'cn.qinqing.appeals.request.reopened.v1': 'reopened',
  'cn.qinqing.appeals.request.rated.v1': 'rated',
};

/**
 * The answer a visit shows (column `answer`, jsonb; the kiosk reads it too): its kind, the answering department,
 * when and whether on time, the higher unit it went to (报出), and its words — `text`, from appeals' `answerText`,
 * which appeals publishes for liaison requests only (null for an answer published before it did).
 */
export interface ProblemAnswer {
  readonly kind: 'resolved' | 'informed' | 'escalated';
  readonly departmentId: string | null;
  readonly at: string | null;
  readonly onTime: boolean | null;
  readonly upperLevelUnit: string | null;
  readonly text: string | null;
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const problemAnswerOf = (
  kind: ProblemAnswer['kind'],
  data: Record<string, unknown> | undefined,
): ProblemAnswer => ({
  kind,
  departmentId: stringOrNull(data?.['departmentId']),
  at: stringOrNull(data?.['resolvedAt'] ?? data?.['informedAt'] ?? data?.['escalatedAt']),
  onTime: typeof data?.['onTime'] === 'boolean' ? data['onTime'] : null,
  upperLevelUnit: stringOrNull(data?.['upperLevelUnit']),
  text: stringOrNull(data?.['answerText']),
});

export const PROBLEM_STATES_DDL = `
CREATE TABLE IF NOT EXISTS liaison_visit_problem_states (
  problem_id text PRIMARY KEY,
  request_id text NOT NULL,
  state text NOT NULL,
  answer jsonb,
  rating text,
  updated_at timestamptz NOT NULL
)`;

export const setupProblemStates = async (db: SqlExecutor): Promise<void> => {
  await db.query(PROBLEM_STATES_DDL);
};

/**
 * Appeals' public events flow back to the visits: for each request opened for a visit problem (its id is the
 * problem's, `liaisonVisitRequestId`), the problem's state, the answer (办结, 告知 or 报出: the unit, time, whether on
 * time and its words) and the enterprise's rating. Written in the inbox's transaction, so exactly once.
 */
@EventConsumer(VISIT_PROBLEM_OUTCOMES_CONSUMER)
export class VisitProblemOutcomesConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  onModuleInit(): Promise<void> {
    return setupProblemStates(this.db);
  }

  @EventPattern(APPEALS_TOPIC)
  async apply(@Payload() event: CloudEvent, @Ctx() context: IntegrationEventContext): Promise<void> {
    const state = STATE_OF[event.type];
    const data = event.data as Record<string, unknown> | undefined;
    const requestId = typeof data?.['requestId'] === 'string' ? data['requestId'] : null;
    if (state === undefined || requestId === null) return;
    const tx = context.getTransaction();
    if (state === 'submitted') {
      // Appeals opens a visit problem's request under the problem's id (liaisonVisitRequestId): the row is the
      // problem's. Requests of other channels are none of liaison's business.
      if (data?.['channel'] !== 'liaison-visit') return;
      await tx.query(
        `INSERT INTO liaison_visit_problem_states (problem_id, request_id, state, updated_at)
         VALUES ($1, $1, 'submitted', $2) ON CONFLICT (problem_id) DO NOTHING`,
        [requestId, event.time],
      );
      return;
    }
    // Later events of a request follow its submission (one key, one partition, in order): only known rows move.
    if (state === 'rated') {
      await tx.query(
        `UPDATE liaison_visit_problem_states SET state = 'rated', rating = $2, updated_at = $3 WHERE problem_id = $1`,
        [requestId, String(data?.['rating'] ?? ''), event.time],
      );
      return;
    }
    const answer =
      state === 'resolved' || state === 'informed' || state === 'escalated'
        ? problemAnswerOf(state, data)
        : null;
    await tx.query(
      `UPDATE liaison_visit_problem_states SET state = $2,
         answer = CASE WHEN $3::jsonb IS NULL AND $2 <> 'reopened' THEN answer ELSE $3::jsonb END,
         updated_at = $4
       WHERE problem_id = $1`,
      [requestId, state, answer === null ? null : JSON.stringify(answer), event.time],
    );
  }
}
