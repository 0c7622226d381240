import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { APPEALS_TOPIC } from '@qinqing/appeals/contracts';
import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventBatchContext,
  IntegrationEventBatchPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';

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

/** A problem's row as the consumer keeps it. */
export interface ProblemRow {
  readonly problemId: string;
  readonly state: ProblemState;
  readonly answer: ProblemAnswer | null;
  readonly rating: string | null;
  readonly updatedAt: string;
}

/** The request an appeals event is about and the state it leaves it in, for the types a visit shows; else null. */
const shownRequestOf = (event: CloudEvent): { requestId: string; state: ProblemState } | null => {
  const state = STATE_OF[event.type];
  const requestId = (event.data as Record<string, unknown> | undefined)?.['requestId'];
  return state === undefined || typeof requestId !== 'string' ? null : { requestId, state };
};

/**
 * A problem's row after one appeals event: a submission through the visit channel opens it (once), later events
 * of its request move it; events of other requests, and of types a visit does not show, leave it as it was.
 */
export const evolveProblem = (row: ProblemRow | undefined, event: CloudEvent): ProblemRow | undefined => {
  const shown = shownRequestOf(event);
  if (shown === null) return row;
  const { requestId, state } = shown;
  const data = event.data as Record<string, unknown> | undefined;
  if (state === 'submitted') {
    // Appeals opens a visit problem's request under the problem's id (liaisonVisitRequestId): the row is the
    // problem's. Requests of other channels are none of liaison's business.
    if (row !== undefined || data?.['channel'] !== 'liaison-visit') return row;
    return { problemId: requestId, state, answer: null, rating: null, updatedAt: event.time };
  }
  // Later events of a request follow its submission (one key, one partition, in order): only known rows move.
  if (row === undefined) return undefined;
  if (state === 'rated')
    return { ...row, state, rating: String(data?.['rating'] ?? ''), updatedAt: event.time };
  const answer =
    state === 'resolved' || state === 'informed' || state === 'escalated'
      ? problemAnswerOf(state, data)
      : null;
  // A reopened request's answer is gone; a state without an answer keeps the one given.
  return {
    ...row,
    state,
    answer: answer ?? (state === 'reopened' ? null : row.answer),
    updatedAt: event.time,
  };
};

/**
 * Appeals' public events flow back to the visits: for each request opened for a visit problem (its id is the
 * problem's, `liaisonVisitRequestId`), the problem's state, the answer (办结, 告知 or 报出: the unit, time, whether on
 * time and its words) and the enterprise's rating. Written in the inbox's transaction, so exactly once. A batch at
 * a time: one statement reads the rows of the batch's requests (at a city's scale, almost none are visit
 * problems), the events move them in order, one statement writes those that moved.
 */
@EventConsumer(VISIT_PROBLEM_OUTCOMES_CONSUMER)
export class VisitProblemOutcomesConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  onModuleInit(): Promise<void> {
    return setupProblemStates(this.db);
  }

  @IntegrationEventBatchPattern(APPEALS_TOPIC)
  async apply(
    @Payload() events: readonly CloudEvent[],
    @Ctx() context: IntegrationEventBatchContext,
  ): Promise<void> {
    const shown = events.flatMap((event) => {
      const request = shownRequestOf(event);
      return request === null ? [] : [{ event, requestId: request.requestId }];
    });
    if (shown.length === 0) return;
    const tx = context.getTransaction();
    const { rows } = await tx.query<{
      problem_id: string;
      state: ProblemState;
      answer: ProblemAnswer | null;
      rating: string | null;
    }>(
      `SELECT problem_id, state, answer, rating FROM liaison_visit_problem_states
       WHERE problem_id = ANY ($1::text[]) ORDER BY problem_id FOR UPDATE`,
      [[...new Set(shown.map((request) => request.requestId))]],
    );
    const problems = new Map<string, ProblemRow>(
      rows.map((r) => [
        r.problem_id,
        { problemId: r.problem_id, state: r.state, answer: r.answer, rating: r.rating, updatedAt: '' },
      ]),
    );
    const moved = new Map<string, ProblemRow>();
    for (const { event, requestId } of shown) {
      const before = problems.get(requestId);
      const after = evolveProblem(before, event);
      if (after === undefined || after === before) continue;
      problems.set(requestId, after);
      moved.set(requestId, after);
    }
    if (moved.size === 0) return;
    const changed = [...moved.values()];
    await tx.query(
      `INSERT INTO liaison_visit_problem_states (problem_id, request_id, state, answer, rating, updated_at)
       SELECT p.id, p.id, p.state, p.answer, p.rating, p.at
       FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[], $5::timestamptz[])
         AS p(id, state, answer, rating, at)
       ON CONFLICT (problem_id) DO UPDATE SET state = excluded.state, answer = excluded.answer,
         rating = excluded.rating, updated_at = excluded.updated_at`,
      [
        changed.map((p) => p.problemId),
        changed.map((p) => p.state),
        changed.map((p) => (p.answer === null ? null : JSON.stringify(p.answer))),
        changed.map((p) => p.rating),
        changed.map((p) => p.updatedAt),
      ],
    );
  }
}
