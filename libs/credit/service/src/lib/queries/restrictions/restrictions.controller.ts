import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type EnterpriseRestrictions,
  restrictionsQuery,
  type RestrictionsQuery,
} from '@qinqing/credit/contracts';
import { chinaDateOf } from '@qinqing/credit/domain';
import { Allow } from '@qinqing/identity/access';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { RESTRICTION_READERS } from '../../application/credit-roles';
import { enterpriseRestrictions } from './restrictions.query';

/** 一处失信、处处受限 for staff: is this enterprise restricted, for what, until when, by which record. */
@ApiTags('credit')
@Controller('credit/restrictions')
export class RestrictionsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow(...RESTRICTION_READERS)
  @ApiOperation({
    summary: 'An enterprise’s restrictions (by credit code, optionally for one purpose), newest first',
  })
  @ApiZodQuery(restrictionsQuery)
  async restrictions(@ZodQuery(restrictionsQuery) query: RestrictionsQuery): Promise<EnterpriseRestrictions> {
    return enterpriseRestrictions(this.db, query.creditCode, query.purpose, chinaDateOf(this.clock.now()));
  }
}
