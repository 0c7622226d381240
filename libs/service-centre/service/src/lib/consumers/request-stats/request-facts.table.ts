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

/** The request's facts, locked until the transaction ends (two consumers of one partition never interleave). */
export const loadRequestFacts = async (tx: SqlExecutor, requestId: string): Promise<RequestFacts | null> => {
  const { rows } = await tx.query<RequestFactsRow>(
    `SELECT request_id, receiving_unit_id, department_id, accepted, outcome, on_time, missed_deadline,
            reopen_count, rating
     FROM ${REQUEST_FACTS_TABLE} WHERE request_id = $1 FOR UPDATE`,
    [requestId],
  );
  const row = rows[0];
  return row === undefined ? null : requestFactsOfRow(row);
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

export const saveRequestFacts = async (tx: SqlExecutor, facts: RequestFacts): Promise<void> => {
  await tx.query(
    `INSERT INTO ${REQUEST_FACTS_TABLE} (request_id, receiving_unit_id, department_id, accepted, outcome,
       on_time, missed_deadline, reopen_count, rating, rating_score)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (request_id) DO UPDATE SET
       receiving_unit_id = EXCLUDED.receiving_unit_id, department_id = EXCLUDED.department_id,
       accepted = EXCLUDED.accepted, outcome = EXCLUDED.outcome, on_time = EXCLUDED.on_time,
       missed_deadline = EXCLUDED.missed_deadline, reopen_count = EXCLUDED.reopen_count,
       rating = EXCLUDED.rating, rating_score = EXCLUDED.rating_score`,
    [
      facts.requestId,
      facts.receivingUnitId,
      facts.departmentId,
      facts.accepted,
      facts.answer?.outcome ?? null,
      facts.answer?.onTime ?? null,
      facts.missedDeadline,
      facts.reopenCount,
      facts.rating,
      ratingScoreOf(facts),
    ],
  );
};
