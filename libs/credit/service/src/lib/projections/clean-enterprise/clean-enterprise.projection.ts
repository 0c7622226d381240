import { type CleanEnterpriseEvent, isCleanEnterpriseStream } from '@qinqing/credit/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * The standing 清廉企业 evaluation of each enterprise and year (a re-evaluation replaces the row; the events keep
 * every one). The primary key is the public list's keyset: a year's evaluations by credit code.
 */
export const CLEAN_ENTERPRISE_DDL = [
  `
CREATE TABLE IF NOT EXISTS credit_clean_enterprise_evaluations (
  year integer NOT NULL,
  credit_code text NOT NULL,
  evaluation_id text NOT NULL,
  enterprise_name text NOT NULL,
  passed boolean NOT NULL,
  items jsonb NOT NULL,
  evaluated_on text NOT NULL,
  evaluations integer NOT NULL DEFAULT 1,
  PRIMARY KEY (year, credit_code)
)`,
];

export const cleanEnterpriseProjection: Projection = {
  name: 'credit-clean-enterprise-evaluations',
  eventTypes: ['CleanEnterpriseEvaluated'],
  setup: async (db) => {
    for (const statement of CLEAN_ENTERPRISE_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM credit_clean_enterprise_evaluations');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    if (!isCleanEnterpriseStream(recorded.streamId)) return;
    const event = { type: recorded.type, data: recorded.data } as CleanEnterpriseEvent;
    if (event.type !== 'CleanEnterpriseEvaluated') return;
    const { data } = event;
    await tx.query(
      `INSERT INTO credit_clean_enterprise_evaluations (year, credit_code, evaluation_id, enterprise_name, passed,
         items, evaluated_on) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (year, credit_code) DO UPDATE SET evaluation_id = EXCLUDED.evaluation_id,
         enterprise_name = EXCLUDED.enterprise_name, passed = EXCLUDED.passed, items = EXCLUDED.items,
         evaluated_on = EXCLUDED.evaluated_on,
         evaluations = credit_clean_enterprise_evaluations.evaluations + 1`,
      [
        data.year,
        data.creditCode,
        data.evaluationId,
        data.enterpriseName,
        data.passed,
        JSON.stringify(data.items),
        data.evaluatedOn,
      ],
    );
  },
};
