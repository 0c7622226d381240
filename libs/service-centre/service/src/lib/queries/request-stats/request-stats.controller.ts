import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestStatsAnswer, RequestStatsFilter } from '@qinqing/service-centre/domain';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { Allow, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { visibleStatsFilter } from '../../application/stats-visibility';
import { type RequestStatsQuery, requestStatsQuery } from './request-stats.schema';
import { queryRequestStats } from './request-stats.query';

/** 亲清健康指数, request part: timeliness and satisfaction per 亲清家园 centre and per department. */
@ApiTags('service-centre')
@Controller('service-centre/request-stats')
export class RequestStatsController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get()
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator')
  @ApiOperation({
    summary:
      'Requests filed, accepted, answered (resolved / escalated / informed), on time, overdue, open, reopened and rated, per receiving unit and per department',
  })
  @ApiZodQuery(requestStatsQuery)
  async stats(
    @ZodQuery(requestStatsQuery) query: RequestStatsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<RequestStatsAnswer> {
    const asked: RequestStatsFilter = {
      ...(query.centreId === undefined ? {} : { centreId: query.centreId }),
      ...(query.departmentId === undefined ? {} : { departmentId: query.departmentId }),
    };
    const filter = visibleStatsFilter(actor, asked);
    return {
      filter: { centreId: filter.centreId ?? null, departmentId: filter.departmentId ?? null },
      ...(await queryRequestStats(this.db, filter)),
    };
  }
}
