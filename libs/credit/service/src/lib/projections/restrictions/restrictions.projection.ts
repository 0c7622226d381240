import { documentNumberKeyOfRestrictionStream, type RestrictionEvent } from '@qinqing/credit/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * Every restriction credit has imposed, one row each, lifted ones kept with their date and reason: what
 * `GET /api/credit/restrictions` reads by credit code. Purposes as a text array (one restriction, few purposes).
 */
export const RESTRICTIONS_DDL = [
  `
CREATE TABLE IF NOT EXISTS credit_restrictions (
  restriction_id text PRIMARY KEY,
  document_key text NOT NULL,
  document_number text NOT NULL,
  credit_code text NOT NULL,
  kind text NOT NULL,
  severity text,
  rule text NOT NULL,
  purposes text[] NOT NULL,
  starts_on text NOT NULL,
  ends_on text NOT NULL,
  issuing_authority text NOT NULL,
  lifted_on text,
  lift_reason text,
  imposed_at timestamptz NOT NULL
)`,
  `CREATE INDEX IF NOT EXISTS credit_restrictions_by_enterprise
     ON credit_restrictions (credit_code, starts_on DESC, restriction_id)`,
];

export const restrictionsProjection: Projection = {
  name: 'credit-restrictions',
  eventTypes: ['RestrictionImposed', 'RestrictionLifted'],
  setup: async (db) => {
    for (const statement of RESTRICTIONS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM credit_restrictions');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const key = documentNumberKeyOfRestrictionStream(recorded.streamId);
    if (key === null) return;
    const event = { type: recorded.type, data: recorded.data } as RestrictionEvent;
    switch (event.type) {
      case 'RestrictionImposed': {
        const d = event.data;
        await tx.query(
          `INSERT INTO credit_restrictions (restriction_id, document_key, document_number, credit_code, kind,
             severity, rule, purposes, starts_on, ends_on, issuing_authority, imposed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (restriction_id) DO NOTHING`,
          [
            d.restrictionId,
            key,
            d.documentNumber,
            d.creditCode,
            d.kind,
            d.severity,
            d.rule,
            [...d.purposes],
            d.startsOn,
            d.endsOn,
            d.issuingAuthority,
            d.imposedAt,
          ],
        );
        return;
      }
      case 'RestrictionLifted':
        await tx.query(
          'UPDATE credit_restrictions SET lifted_on = $2, lift_reason = $3 WHERE restriction_id = $1',
          [event.data.restrictionId, event.data.liftedOn, event.data.reason],
        );
        return;
      default:
        return;
    }
  },
};
