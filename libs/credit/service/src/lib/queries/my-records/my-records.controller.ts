import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IntegrityFileEntry, MyIntegrityFile, MyIntegrityRecord } from '@qinqing/credit/contracts';
import { chinaDateOf } from '@qinqing/credit/domain';
import { type Actor, Allow, CurrentActor, requireIdentifiedEnterprise } from '@qinqing/identity/access';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { DirectoryReplica } from '../../consumers/liaison-directory/directory.replica';
import { readIntegrityFile } from '../integrity-file/integrity-file.rows';

/** The public facts only: the evidence reference is an internal file, the source and corrections staff's. */
const publicFacts = (entry: IntegrityFileEntry): MyIntegrityRecord => ({
  documentNumber: entry.documentNumber,
  kind: entry.kind,
  polarity: entry.polarity,
  severity: entry.severity,
  issuingAuthority: entry.issuingAuthority,
  decidedOn: entry.decidedOn,
  legalBasis: entry.legalBasis,
  penaltyCategory: entry.penaltyCategory,
  penaltyContent: entry.penaltyContent,
  disclosureStatus: entry.disclosureStatus,
  withdrawnOn: entry.withdrawnOn,
  repairedOn: entry.repairedOn,
  publicUntil: entry.disclosure?.publicUntil ?? null,
  repairableFrom: entry.disclosure?.repairableFrom ?? null,
  publicationEndedOn: entry.publicationEndedOn,
});

/**
 * 我的企业信用 at the kiosk: a walk-in identified as an enterprise (the code texted to its registered phone)
 * sees its own integrity file, each record with its status and the day repair may be applied for. The credit
 * code comes from the session, never from the request, so an enterprise only ever sees its own file.
 */
@ApiTags('credit')
@Controller('credit/records/mine')
export class MyRecordsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly directory: DirectoryReplica,
  ) {}

  @Get()
  @Allow('kiosk-enterprise')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The identified enterprise’s own integrity file, public facts only' })
  async mine(@CurrentActor() actor: Actor): Promise<MyIntegrityFile> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const asOf = chinaDateOf(this.clock.now());
    const [records, enterprise] = await Promise.all([
      readIntegrityFile(this.db, creditCode, asOf),
      this.directory.find(creditCode),
    ]);
    return {
      creditCode,
      // The name as registered now; the records keep the name of the day they were decided.
      enterpriseName: enterprise?.name ?? records[0]?.enterpriseName ?? null,
      asOf,
      records: records.map(publicFacts),
    };
  }
}
