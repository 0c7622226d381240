import type { IntegrityFileEntry } from '@qinqing/credit/contracts';
import { type DisclosurePeriod, disclosureStatusOn } from '@qinqing/credit/domain';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';

interface RecordRow {
  readonly document_number: string;
  readonly enterprise_name: string;
  readonly kind: IntegrityFileEntry['kind'];
  readonly polarity: IntegrityFileEntry['polarity'];
  readonly severity: IntegrityFileEntry['severity'];
  readonly issuing_authority: string;
  readonly decided_on: string;
  readonly legal_basis: string;
  readonly evidence_reference: string;
  readonly penalty_category: string | null;
  readonly penalty_content: string | null;
  readonly disclosure: DisclosurePeriod | string | null;
  readonly public_until: string | null;
  readonly ended_public_until: string | null;
  readonly publication_ended_on: string | null;
  readonly withdrawn_on: string | null;
  readonly repaired_on: string | null;
  readonly source: IntegrityFileEntry['source'];
  readonly corrections: number;
  readonly recorded_at: Date | string;
  readonly updated_at: Date | string;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/**
 * One enterprise's records as the `credit-integrity-file` projection holds them, newest decision first, each
 * with where it stands on `asOf` by its periods (by the credit_records_by_enterprise index). Staff's file and the
 * enterprise's own view at the kiosk both read it; each leaves out what its reader may not see.
 */
export const readIntegrityFile = async (
  db: SqlDatabase,
  creditCode: string,
  asOf: string,
): Promise<IntegrityFileEntry[]> => {
  const { rows } = await db.query<RecordRow>(
    `SELECT * FROM credit_records WHERE credit_code = $1 ORDER BY decided_on DESC, document_key`,
    [creditCode],
  );
  return rows.map((row) => {
    // PGlite and pg both parse jsonb; a driver that does not leaves it a string.
    const disclosure =
      typeof row.disclosure === 'string' ? (JSON.parse(row.disclosure) as DisclosurePeriod) : row.disclosure;
    return {
      documentNumber: row.document_number,
      kind: row.kind,
      polarity: row.polarity,
      severity: row.severity,
      issuingAuthority: row.issuing_authority,
      decidedOn: row.decided_on,
      legalBasis: row.legal_basis,
      evidenceReference: row.evidence_reference,
      penaltyCategory: row.penalty_category,
      penaltyContent: row.penalty_content,
      enterpriseName: row.enterprise_name,
      disclosure,
      // Withdrawn or repaired, the periods no longer say where the record stands.
      disclosureStatus:
        row.withdrawn_on !== null
          ? 'withdrawn'
          : row.repaired_on !== null
            ? 'repaired'
            : disclosure === null
              ? null
              : disclosureStatusOn(disclosure, asOf),
      withdrawnOn: row.withdrawn_on,
      repairedOn: row.repaired_on,
      // An end recorded for an earlier period (before a correction moved it) is not this period's end.
      publicationEndedOn:
        row.ended_public_until !== null && row.ended_public_until === row.public_until
          ? row.publication_ended_on
          : null,
      source: row.source,
      corrections: row.corrections,
      recordedAt: iso(row.recorded_at),
      updatedAt: iso(row.updated_at),
    };
  });
};
