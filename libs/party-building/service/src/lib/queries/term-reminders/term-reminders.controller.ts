import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { chinaDateOf } from '@qinqing/calendar/domain';
import { type Actor, Allow, CurrentActor } from '@qinqing/identity/access';
import {
  listTermRemindersQuery,
  type ListTermRemindersQuery,
  type TermReminderPage,
  type TermReminderView,
} from '@qinqing/party-building/contracts';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { ORGANISATION_READERS } from '../../application/party-building-roles';
import { ReadLog } from '../../application/read-log';

interface ReminderRow {
  readonly credit_code: string;
  readonly enterprise_name: string;
  readonly type: string;
  readonly term_started_on: string;
  readonly term_ends_on: string;
  readonly reminded_3_for: string | null;
}

/**
 * 换届提醒: the terms whose reminder (six and three months before the end, given by the scheduler) stands for
 * the term as now recorded, soonest end first; recording the new term ends it. One partial index serves it.
 */
@ApiTags('party-building')
@Controller('party-building/term-reminders')
export class TermRemindersController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reads: ReadLog,
  ) {}

  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({
    summary: 'Terms ending within six months (or ended) whose reminder is given, soonest first',
  })
  @ApiZodQuery(listTermRemindersQuery)
  async list(
    @ZodQuery(listTermRemindersQuery) query: ListTermRemindersQuery,
    @CurrentActor() actor: Actor,
  ): Promise<TermReminderPage> {
    const [afterEnd, afterCode] = query.after === undefined ? ['', ''] : query.after.split('/');
    const { rows } = await this.db.query<ReminderRow>(
      `SELECT credit_code, enterprise_name, type, term_started_on, term_ends_on, reminded_3_for
       FROM party_building_organisations
       WHERE (reminded_6_for = term_ends_on OR reminded_3_for = term_ends_on)
         AND (term_ends_on, credit_code) > ($1, $2)
       ORDER BY term_ends_on, credit_code LIMIT $3`,
      [afterEnd ?? '', afterCode ?? '', query.limit + 1],
    );
    await this.reads.record(actor, 'term-reminders');
    const today = chinaDateOf(this.clock.now());
    const items = rows.slice(0, query.limit).map((row): TermReminderView => ({
      creditCode: row.credit_code,
      enterpriseName: row.enterprise_name,
      type: row.type,
      termStartedOn: row.term_started_on,
      termEndsOn: row.term_ends_on,
      monthsBefore: row.reminded_3_for === row.term_ends_on ? 3 : 6,
      ended: row.term_ends_on < today,
    }));
    const last = items.at(-1);
    return {
      items,
      next: rows.length > query.limit && last !== undefined ? `${last.termEndsOn}/${last.creditCode}` : null,
    };
  }
}
