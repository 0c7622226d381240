import { INTEGRITY_FILE_READERS } from '../../application/credit-roles';
import { DirectoryReplica } from '../../consumers/liaison-directory/directory.replica';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type IntegrityFile, integrityFileQuery, type IntegrityFileQuery } from '@qinqing/credit/contracts';
import { chinaDateOf } from '@qinqing/credit/domain';
import { Allow } from '@qinqing/identity/access';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { readIntegrityFile } from './integrity-file.rows';

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
    const [records, enterprise] = await Promise.all([
      readIntegrityFile(this.db, query.creditCode, asOf),
      this.directory.find(query.creditCode),
    ]);
    return {
      creditCode: query.creditCode,
      enterprise:
        enterprise === null
          ? null
          : { name: enterprise.name, areaCode: enterprise.areaCode, industry: enterprise.industry },
      asOf,
      records,
    };
  }
}
