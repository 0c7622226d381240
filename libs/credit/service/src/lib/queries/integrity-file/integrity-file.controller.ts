import { INTEGRITY_FILE_READERS } from '../../application/credit-roles';
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
  ) {}

  @Get()
  @Allow(...INTEGRITY_FILE_READERS)
  @ApiOperation({ summary: 'An enterprise’s integrity file (by credit code), newest decision first' })
  @ApiZodQuery(integrityFileQuery)
  async file(@ZodQuery(integrityFileQuery) query: IntegrityFileQuery): Promise<IntegrityFile> {
    const asOf = chinaDateOf(this.clock.now());
    return {
      creditCode: query.creditCode,
      asOf,
      records: await readIntegrityFile(this.db, query.creditCode, asOf),
    };
  }
}
