import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CleanEnterprisePage,
  listCleanEnterpriseQuery,
  type ListCleanEnterpriseQuery,
} from '@qinqing/credit/contracts';
import { Public } from '@qinqing/identity/access';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { listEvaluations } from './clean-enterprise.query';

/** The 清廉企业 results of a year, public (Ningbo: the evaluation is published), by credit code. */
@ApiTags('credit')
@Controller('credit/clean-enterprise-evaluations')
export class CleanEnterpriseController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'A year’s 清廉企业 evaluations, by credit code (keyset: after = a credit code)' })
  @ApiZodQuery(listCleanEnterpriseQuery)
  list(@ZodQuery(listCleanEnterpriseQuery) query: ListCleanEnterpriseQuery): Promise<CleanEnterprisePage> {
    return listEvaluations(this.db, query.year, query.after, query.limit);
  }
}
