import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarInForce } from '@qinqing/calendar/domain';
import {
  type CasePage,
  repairListQuery,
  type RepairListQuery,
  type RepairView,
} from '@qinqing/credit/contracts';
import { chinaDateOf } from '@qinqing/credit/domain';
import { type Actor, Allow, CurrentActor, requireIdentifiedEnterprise } from '@qinqing/identity/access';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { pageAfter } from './case-page';
import { repairViewOf } from './case-views';
import { listRepairs, repairsOf } from './credit-cases.query';

/** Repair applications for the credit officer (pending ones by due date) and the enterprise (its own, masked). */
@ApiTags('credit')
@Controller('credit/repairs')
export class RepairListController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendar: CalendarInForce,
  ) {}

  @Get()
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({
    summary: 'Repair applications: pending ones due first first, or decided ones latest first (keyset paged)',
  })
  @ApiZodQuery(repairListQuery)
  async list(@ZodQuery(repairListQuery) query: RepairListQuery): Promise<CasePage<RepairView>> {
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendar.current();
    const rows = await listRepairs(this.db, query.status, pageAfter(query.after), query.limit);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      asOf: today,
      items: page.map((row) => repairViewOf(row, calendar, today, { maskSignatory: false })),
      next:
        rows.length > query.limit && last !== undefined
          ? pageAfter.encode(
              query.status === 'pending' ? last.due_on : (last.decided_on ?? ''),
              last.application_id,
            )
          : null,
    };
  }

  @Get('mine')
  @Allow('kiosk-enterprise')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The identified enterprise’s own repair applications, with decisions and reasons',
  })
  async mine(@CurrentActor() actor: Actor): Promise<CasePage<RepairView>> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendar.current();
    const rows = await repairsOf(this.db, creditCode);
    return {
      asOf: today,
      items: rows.map((row) => repairViewOf(row, calendar, today, { maskSignatory: true })),
      next: null,
    };
  }
}
