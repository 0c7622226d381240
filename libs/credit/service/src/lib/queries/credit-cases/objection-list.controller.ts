import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarInForce } from '@qinqing/calendar/domain';
import {
  type CasePage,
  objectionListQuery,
  type ObjectionListQuery,
  type ObjectionView,
} from '@qinqing/credit/contracts';
import { chinaDateOf } from '@qinqing/credit/domain';
import { type Actor, Allow, CurrentActor, requireIdentifiedEnterprise } from '@qinqing/identity/access';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { pageAfter } from './case-page';
import { objectionViewOf } from './case-views';
import { listObjections, objectionsOf } from './credit-cases.query';

/** Objections for the credit officer (open ones by due date, with their working-day clock) and the enterprise. */
@ApiTags('credit')
@Controller('credit/objections')
export class ObjectionListController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendar: CalendarInForce,
  ) {}

  @Get()
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({
    summary: 'Objections: open ones due first first, or decided ones latest first (keyset paged)',
  })
  @ApiZodQuery(objectionListQuery)
  async list(@ZodQuery(objectionListQuery) query: ObjectionListQuery): Promise<CasePage<ObjectionView>> {
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendar.current();
    const rows = await listObjections(this.db, query.status, pageAfter(query.after), query.limit);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      asOf: today,
      items: page.map((row) => objectionViewOf(row, calendar, today)),
      next:
        rows.length > query.limit && last !== undefined
          ? pageAfter.encode(
              query.status === 'open' ? last.due_on : (last.closed_on ?? ''),
              last.objection_id,
            )
          : null,
    };
  }

  @Get('mine')
  @Allow('kiosk-enterprise')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The identified enterprise’s own objections, with outcomes and reasons' })
  async mine(@CurrentActor() actor: Actor): Promise<CasePage<ObjectionView>> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendar.current();
    const rows = await objectionsOf(this.db, creditCode);
    return { asOf: today, items: rows.map((row) => objectionViewOf(row, calendar, today)), next: null };
  }
}
