import { INTEGRITY_FILE_READERS } from '../../application/credit-roles';
import { DirectoryReplica } from '../../consumers/liaison-directory/directory.replica';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type IntegrityFile,
  type IntegrityFileEntry,
  integrityFileQuery,
  type IntegrityFileQuery,
} from '@qinqing/credit/contracts';
import { chinaDateOf, type DisclosurePeriod, disclosureStatusOn } from '@qinqing/credit/domain';
import { Allow } from '@qinqing/identity/access';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';

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

/** One enterprise's integrity file for staff, each record with where it stands today by its periods. */
@ApiTags('credit')
@Controller('credit/records')
export class IntegrityFileController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly directory: DirectoryReplica,
  ) {}

  @Get()
  @Allow(...INTEGRITY_FILE_READERS)
  @ApiOperation({ summary: 'An enterprise’s integrity file (by credit code), newest decision first' })
  @ApiZodQuery(integrityFileQuery)
  async file(@ZodQuery(integrityFileQuery) query: IntegrityFileQuery): Promise<IntegrityFile> {
    const asOf = chinaDateOf(this.clock.now());
    const { rows } = await this.db.query<RecordRow>(
      `SELECT * FROM credit_records WHERE credit_code = $1 ORDER BY decided_on DESC, document_key`,
      [query.creditCode],
    );
    const enterprise = await this.directory.find(query.creditCode);
    return {
      creditCode: query.creditCode,
      enterprise:
        enterprise === null
          ? null
          : { name: enterprise.name, areaCode: enterprise.areaCode, industry: enterprise.industry },
      asOf,
      records: rows.map((row) => {
        // PGlite and pg both parse jsonb; a driver that does not leaves it a string.
        const disclosure =
          typeof row.disclosure === 'string'
            ? (JSON.parse(row.disclosure) as DisclosurePeriod)
            : row.disclosure;
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
      }),
    };
  }
}
