import {
  type DisclosurePeriod,
  documentNumberKeyOfStream,
  type IntegrityRecordEvent,
  type RecordFacts,
} from '@qinqing/credit/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * The integrity files (诚信档案) as a table: one row per record, its latest facts and periods, how many times it
 * was corrected. The events stay the history; this is what staff look up by credit code.
 */
export const INTEGRITY_FILE_DDL = [
  `
CREATE TABLE IF NOT EXISTS credit_records (
  document_key text PRIMARY KEY,
  document_number text NOT NULL,
  credit_code text NOT NULL,
  enterprise_name text NOT NULL,
  kind text NOT NULL,
  polarity text NOT NULL,
  severity text,
  issuing_authority text NOT NULL,
  decided_on text NOT NULL,
  legal_basis text NOT NULL,
  evidence_reference text NOT NULL,
  penalty_category text,
  penalty_content text,
  disclosure jsonb,
  source text NOT NULL,
  corrections integer NOT NULL DEFAULT 0,
  public_until text,
  ended_public_until text,
  publication_ended_on text,
  recorded_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
)`,
  'CREATE INDEX IF NOT EXISTS credit_records_by_enterprise ON credit_records (credit_code, decided_on DESC)',
  'CREATE INDEX IF NOT EXISTS credit_records_by_public_until ON credit_records (public_until)',
  // Withdrawn (撤销) on an objection, repaired (信用修复): publication stopped early.
  'ALTER TABLE credit_records ADD COLUMN IF NOT EXISTS withdrawn_on text',
  'ALTER TABLE credit_records ADD COLUMN IF NOT EXISTS repaired_on text',
  // The red list of a board: praise and honours by decision date.
  'CREATE INDEX IF NOT EXISTS credit_records_by_polarity_decided ON credit_records (polarity, decided_on)',
];

const factColumns = (
  data: RecordFacts & { readonly disclosure: DisclosurePeriod | null; readonly polarity: string },
) => ({
  credit_code: data.creditCode,
  enterprise_name: data.enterpriseName,
  kind: data.kind,
  polarity: data.polarity,
  severity: data.severity,
  issuing_authority: data.issuingAuthority,
  decided_on: data.decidedOn,
  legal_basis: data.legalBasis,
  evidence_reference: data.evidenceReference,
  penalty_category: data.penaltyCategory,
  penalty_content: data.penaltyContent,
  disclosure: data.disclosure === null ? null : JSON.stringify(data.disclosure),
  public_until: data.disclosure?.publicUntil ?? null,
});

export const integrityFileProjection: Projection = {
  name: 'credit-integrity-file',
  eventTypes: [
    'IntegrityRecorded',
    'RecordCorrected',
    'PublicationEnded',
    'RecordWithdrawn',
    'RecordRepaired',
  ],
  setup: async (db) => {
    for (const statement of INTEGRITY_FILE_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM credit_records');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const key = documentNumberKeyOfStream(recorded.streamId);
    if (key === null) return;
    const event = { type: recorded.type, data: recorded.data } as IntegrityRecordEvent;
    switch (event.type) {
      case 'IntegrityRecorded': {
        const set = {
          document_key: key,
          document_number: event.data.documentNumber,
          ...factColumns(event.data),
          source: event.data.source,
          recorded_at: event.data.recordedAt,
          updated_at: event.data.recordedAt,
        };
        const columns = Object.keys(set);
        await tx.query(
          `INSERT INTO credit_records (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
           ON CONFLICT (document_key) DO NOTHING`,
          Object.values(set),
        );
        return;
      }
      case 'RecordCorrected': {
        const set = { ...factColumns(event.data), updated_at: event.data.correctedAt };
        const columns = Object.keys(set);
        await tx.query(
          `UPDATE credit_records SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')},
             corrections = corrections + 1 WHERE document_key = $1`,
          [key, ...Object.values(set)],
        );
        return;
      }
      case 'PublicationEnded':
        await tx.query(
          'UPDATE credit_records SET ended_public_until = $2, publication_ended_on = $3 WHERE document_key = $1',
          [key, event.data.publicUntil, event.data.endedOn],
        );
        return;
      case 'RecordWithdrawn':
        await tx.query(
          'UPDATE credit_records SET withdrawn_on = $2, updated_at = $3 WHERE document_key = $1',
          [key, event.data.withdrawnOn, event.data.withdrawnAt],
        );
        return;
      case 'RecordRepaired':
        await tx.query(
          'UPDATE credit_records SET repaired_on = $2, updated_at = $3 WHERE document_key = $1',
          [key, event.data.repairedOn, event.data.repairedAt],
        );
        return;
      default:
        return;
    }
  },
};
