import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type RatesAnswer, ratesQuery } from '@qinqing/appeals/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { Allow } from '@qinqing/identity/access';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { z } from 'zod';
import { UnitDirectory } from '../../application/unit-directory.service';
import { departmentRates } from './department-rates.query';

/** 企业评议政府部门 (Q 三(七)): each department's rates for a period, computed from the event log. */
@ApiTags('appeals')
@Controller('appeals/rates')
export class RatesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly units: UnitDirectory,
  ) {}

  @Get()
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator')
  @ApiOperation({
    summary: 'Response, on-time (per clock), resolution and satisfaction rates per department',
  })
  @ApiZodQuery(ratesQuery)
  async rates(@ZodQuery(ratesQuery) query: z.infer<typeof ratesQuery>): Promise<RatesAnswer> {
    const rows = await departmentRates(this.db, {
      from: query.from,
      to: query.to,
      ...(query.departmentId === undefined ? {} : { unitId: query.departmentId }),
    });
    const names = await this.units.namesFor(rows.map((r) => r.unitId));
    return {
      from: query.from,
      to: query.to,
      departments: rows.map((r) => ({ ...r, name: names(r.unitId) })),
    };
  }
}
