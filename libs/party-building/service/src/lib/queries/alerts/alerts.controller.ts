import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CalendarInForce,
  chinaDateOf,
  parseCalendarDate,
  workingDaysRemaining,
} from '@qinqing/calendar/domain';
import { type Actor, Allow, CurrentActor } from '@qinqing/identity/access';
import {
  type AlertPage,
  listAlertsQuery,
  type ListAlertsQuery,
  type OrganisationAlertView,
} from '@qinqing/party-building/contracts';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { ORGANISATION_READERS } from '../../application/party-building-roles';
import { ReadLog } from '../../application/read-log';

interface AlertRow {
  readonly credit_code: string;
  readonly enterprise_name: string;
  readonly full_members: number;
  readonly probationary_members: number;
  readonly type: string;
  readonly alert_required_form: string;
  readonly alert_raised_on: string;
  readonly alert_due_on: string;
  readonly alert_escalated_on: string | null;
}

const COLUMNS = `credit_code, enterprise_name, full_members, probationary_members, type, alert_required_form,
  alert_raised_on, alert_due_on, alert_escalated_on`;

/**
 * The open alerts — enterprises whose counts call for an organisation they do not have — soonest deadline first,
 * each with its working-day clock, for party-building staff and supervisors (every read logged).
 */
@ApiTags('party-building')
@Controller('party-building/alerts')
export class AlertsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendar: CalendarInForce,
    private readonly reads: ReadLog,
  ) {}

  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({
    summary:
      'Open organisation alerts, soonest deadline first, with working days left; escalated=true: the escalated ones',
  })
  @ApiZodQuery(listAlertsQuery)
  async list(
    @ZodQuery(listAlertsQuery) query: ListAlertsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<AlertPage> {
    const [afterDay, afterCode] = query.after === undefined ? ['', ''] : query.after.split('/');
    // Escalated alerts are the supervisors' list (where an escalation goes): the open ones, by escalation date,
    // on their own partial index; an escalation ends with its alert (the columns clear on resolution).
    const { rows } = await this.db.query<AlertRow>(
      query.escalated
        ? `SELECT ${COLUMNS} FROM party_building_organisations
           WHERE alert_escalated_on IS NOT NULL AND (alert_escalated_on, credit_code) > ($1, $2)
           ORDER BY alert_escalated_on, credit_code LIMIT $3`
        : `SELECT ${COLUMNS} FROM party_building_organisations
           WHERE alert_due_on IS NOT NULL AND (alert_due_on, credit_code) > ($1, $2)
           ORDER BY alert_due_on, credit_code LIMIT $3`,
      [afterDay ?? '', afterCode ?? '', query.limit + 1],
    );
    await this.reads.record(actor, query.escalated ? 'alerts-escalated' : 'alerts');
    const calendar = await this.calendar.current();
    const today = chinaDateOf(this.clock.now());
    const items = rows.slice(0, query.limit).map((row): OrganisationAlertView => {
      const overdue = row.alert_due_on < today;
      return {
        creditCode: row.credit_code,
        enterpriseName: row.enterprise_name,
        fullMembers: row.full_members,
        probationaryMembers: row.probationary_members,
        type: row.type,
        requiredForm: row.alert_required_form,
        raisedOn: row.alert_raised_on,
        dueOn: row.alert_due_on,
        workingDaysLeft: workingDaysRemaining(calendar, parseCalendarDate(row.alert_due_on), today),
        overdue,
        escalatedOn: row.alert_escalated_on,
      };
    });
    const last = items.at(-1);
    const key = last === undefined ? null : query.escalated ? last.escalatedOn : last.dueOn;
    return {
      items,
      next: rows.length > query.limit && last !== undefined ? `${key}/${last.creditCode}` : null,
    };
  }
}
