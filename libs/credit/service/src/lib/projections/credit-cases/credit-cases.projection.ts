import {
  documentKeyOfRepairStream,
  documentNumberKey,
  objectionIdOfStream,
  type ObjectionEvent,
  type RepairApplicationEvent,
} from '@qinqing/credit/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { CREDIT_CASES_DDL } from './credit-cases.schema.sql';

const applyObjection = async (event: ObjectionEvent, tx: SqlExecutor): Promise<void> => {
  switch (event.type) {
    case 'ObjectionFiled': {
      const data = event.data;
      await tx.query(
        `INSERT INTO credit_objections (objection_id, document_number, document_key, credit_code, grounds,
           evidence_reference, filed_by_role, filed_on, due_on, status, filed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10) ON CONFLICT (objection_id) DO NOTHING`,
        [
          data.objectionId,
          data.documentNumber,
          documentNumberKey(data.documentNumber),
          data.creditCode,
          data.grounds,
          data.evidenceReference,
          data.filedBy.role,
          data.filedOn,
          data.dueOn,
          data.filedAt,
        ],
      );
      return;
    }
    case 'ObjectionDecided':
      await tx.query(
        `UPDATE credit_objections SET status = 'decided', outcome = $2, reasons = $3, decided_on = $4, closed_on = $4
         WHERE objection_id = $1`,
        [event.data.objectionId, event.data.outcome, event.data.reasons, event.data.decidedOn],
      );
      return;
    case 'ObjectionRetracted':
      await tx.query(
        `UPDATE credit_objections SET status = 'retracted', retracted_on = $2, closed_on = $2 WHERE objection_id = $1`,
        [event.data.objectionId, event.data.retractedOn],
      );
      return;
    default:
      return;
  }
};

const applyRepair = async (event: RepairApplicationEvent, key: string, tx: SqlExecutor): Promise<void> => {
  switch (event.type) {
    case 'RepairApplied': {
      const data = event.data;
      await tx.query(
        `INSERT INTO credit_repair_applications (application_id, document_number, document_key, credit_code,
           correction_evidence, signatory_name, signatory_position, text_version, applied_by_role, applied_on,
           due_on, applied_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (application_id) DO NOTHING`,
        [
          data.applicationId,
          data.documentNumber,
          key,
          data.creditCode,
          data.correctionEvidence,
          data.commitment.signatoryName,
          data.commitment.signatoryPosition,
          data.commitment.textVersion,
          data.appliedBy.role,
          data.appliedOn,
          data.dueOn,
          data.appliedAt,
        ],
      );
      return;
    }
    case 'RepairDecided':
      await tx.query(
        'UPDATE credit_repair_applications SET outcome = $2, reasons = $3, decided_on = $4 WHERE application_id = $1',
        [event.data.applicationId, event.data.outcome, event.data.reasons, event.data.decidedOn],
      );
      return;
    default:
      return;
  }
};

/** Objections and repair applications, one row each, for the officer's lists and the enterprise's view. */
export const creditCasesProjection: Projection = {
  name: 'credit-cases',
  eventTypes: ['ObjectionFiled', 'ObjectionDecided', 'ObjectionRetracted', 'RepairApplied', 'RepairDecided'],
  setup: async (db) => {
    for (const statement of CREDIT_CASES_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM credit_objections');
    await tx.query('DELETE FROM credit_repair_applications');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    if (objectionIdOfStream(recorded.streamId) !== null) {
      await applyObjection({ type: recorded.type, data: recorded.data } as ObjectionEvent, tx);
      return;
    }
    const key = documentKeyOfRepairStream(recorded.streamId);
    if (key !== null) {
      await applyRepair({ type: recorded.type, data: recorded.data } as RepairApplicationEvent, key, tx);
    }
  },
};
