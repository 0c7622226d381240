import { type Outcome, type Rating, type RequestFacts, ratingScoreOf } from '@qinqing/service-centre/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * The service-centre context's own read model of the appeals requests it has heard of: one row per request,
 * the domain's `RequestFacts`. Lives in the service-centre database (in the embedded mode, the one database).
 */
export const REQUEST_FACTS_TABLE = 'service_centre_request_facts';

export const REQUEST_FACTS_DDL = [
  `CREATE TABLE IF NOT EXISTS ${REQUEST_FACTS_TABLE} (
  request_id text PRIMARY KEY,
  receiving_unit_id text NOT NULL,
  department_id text,
  accepted boolean NOT NULL,
  outcome text,
  on_time boolean,
  missed_deadline boolean NOT NULL,
  reopen_count integer NOT NULL,
  rating text,
  rating_score integer
)`,
  `CREATE INDEX IF NOT EXISTS ${REQUEST_FACTS_TABLE}_receiving_unit ON ${REQUEST_FACTS_TABLE} (receiving_unit_id)`,
  `CREATE INDEX IF NOT EXISTS ${REQUEST_FACTS_TABLE}_department ON ${REQUEST_FACTS_TABLE} (department_id)`,
];

/** A row of the table, as PostgreSQL returns it. */
export interface RequestFactsRow {
  request_id: string;
  receiving_unit_id: string;
  department_id: string | null;
  accepted: boolean;
  outcome: string | null;
  on_time: boolean | null;
  missed_deadline: boolean;
  reopen_count: number;
  rating: string | null;
}

/** Creates the table; safe to run at every start. */
export const setupRequestFactsTable = async (db: SqlExecutor): Promise<void> => {
  for (const statement of REQUEST_FACTS_DDL) await db.query(statement);
};

/** The facts of these requests that the table holds, locked until the transaction ends, by request id. */
export const loadRequestFacts = async (
  tx: SqlExecutor,
  requestIds: readonly string[],
): Promise<Map<string, RequestFacts>> => {
  if (requestIds.length === 0) return new Map();
  const { rows } = await tx.query<RequestFactsRow>(
    `SELECT request_id, receiving_unit_id, department_id, accepted, outcome, on_time, missed_deadline,
            reopen_count, rating
     FROM ${REQUEST_FACTS_TABLE} WHERE request_id = ANY ($1::text[]) ORDER BY request_id FOR UPDATE`,
    [[...requestIds]],
  );
  return new Map(rows.map((row) => [row.request_id, requestFactsOfRow(row)]));
};

/** The domain's `RequestFacts` a row holds. */
export const requestFactsOfRow = (row: RequestFactsRow): RequestFacts => ({
  requestId: row.request_id,
  receivingUnitId: row.receiving_unit_id,
  departmentId: row.department_id,
  accepted: row.accepted,
  answer: row.outcome === null ? null : { outcome: row.outcome as Outcome, onTime: row.on_time === true },
  missedDeadline: row.missed_deadline,
  reopenCount: row.reopen_count,
  rating: row.rating as Rating | null,
});

/** Saves the facts of several requests (each once) in one statement. */
export const saveRequestFacts = async (tx: SqlExecutor, facts: readonly RequestFacts[]): Promise<void> => {
  if (facts.length === 0) return;
  await tx.query(
    `INSERT INTO ${REQUEST_FACTS_TABLE} (request_id, receiving_unit_id, department_id, accepted, outcome,
       on_time, missed_deadline, reopen_count, rating, rating_score)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[], $6::boolean[],
       $7::boolean[], $8::integer[], $9::text[], $10::integer[])
     ON CONFLICT (request_id) DO UPDATE SET
       receiving_unit_id = EXCLUDED.receiving_unit_id, department_id = EXCLUDED.department_id,
       accepted = EXCLUDED.accepted, outcome = EXCLUDED.outcome, on_time = EXCLUDED.on_time,
       missed_deadline = EXCLUDED.missed_deadline, reopen_count = EXCLUDED.reopen_count,
       rating = EXCLUDED.rating, rating_score = EXCLUDED.rating_score`,
    [
      facts.map((f) => f.requestId),
      facts.map((f) => f.receivingUnitId),
      facts.map((f) => f.departmentId),
      facts.map((f) => f.accepted),
      facts.map((f) => f.answer?.outcome ?? null),
      facts.map((f) => f.answer?.onTime ?? null),
      facts.map((f) => f.missedDeadline),
      facts.map((f) => f.reopenCount),
      facts.map((f) => f.rating),
      facts.map((f) => ratingScoreOf(f)),
    ],
  );
};
