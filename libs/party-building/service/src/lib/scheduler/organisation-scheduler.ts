import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { addMonths, chinaDateOf } from '@qinqing/calendar/domain';
import type { OrganisationCommand } from '@qinqing/party-building/domain';
import { type Clock, DomainRejectionError, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, Leadership, PeriodicPass, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { OrganisationCommands } from '../application/organisation-commands';
import { PARTY_BUILDING_OPTIONS, type PartyBuildingOptions } from '../party-building.env';

/** What one pass did. */
export interface SchedulerPass {
  readonly escalated: number;
  readonly reminded: number;
}

/** At most this many enterprises per kind per pass; the next pass takes the rest. */
const PASS_BATCH = 500;

/**
 * Escalates the alerts whose working-day deadline has passed and gives the term reminders six and three months
 * before a term ends — the appeals scheduler's pattern: it finds candidates by index in the read model and
 * sends each a command, whose decider refuses what is done already (once per alert, once per term and
 * reminder), so a second pass, another process or a retry appends nothing.
 */
@Injectable()
export class OrganisationScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PartyBuildingScheduler');
  private readonly timer: PeriodicPass;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PARTY_BUILDING_OPTIONS) private readonly options: PartyBuildingOptions,
    private readonly organisations: OrganisationCommands,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.tick(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(this.options.schedulerIntervalMs);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  async tick(): Promise<SchedulerPass> {
    const today = chinaDateOf(this.clock.now());
    const overdue = await this.db.query<{ credit_code: string }>(
      `SELECT credit_code FROM party_building_organisations
       WHERE alert_due_on IS NOT NULL AND alert_due_on < $1 AND alert_escalated_on IS NULL
       ORDER BY alert_due_on, credit_code LIMIT ${PASS_BATCH}`,
      [today],
    );
    let escalated = 0;
    for (const { credit_code: creditCode } of overdue.rows)
      escalated += await this.send(creditCode, { type: 'EscalateAlert' }, today);
    let reminded = 0;
    for (const monthsBefore of [6, 3] as const) {
      const column = monthsBefore === 6 ? 'reminded_6_for' : 'reminded_3_for';
      const due = await this.db.query<{ credit_code: string }>(
        `SELECT credit_code FROM party_building_organisations
         WHERE term_ends_on IS NOT NULL AND term_ends_on <= $1 AND term_ends_on >= $2
           AND ${column} IS DISTINCT FROM term_ends_on
         ORDER BY term_ends_on, credit_code LIMIT ${PASS_BATCH}`,
        [addMonths(today, monthsBefore), today],
      );
      for (const { credit_code: creditCode } of due.rows)
        reminded += await this.send(creditCode, { type: 'RemindTerm', monthsBefore }, today);
    }
    return { escalated, reminded };
  }

  private async send(creditCode: string, command: OrganisationCommand, today: string): Promise<number> {
    try {
      const result = await this.organisations.handle(creditCode, command, {
        correlationId: `party-building-scheduler-${today}`,
        actor: { id: 'party-building-scheduler', role: 'system' },
      });
      return result.events.length > 0 ? 1 : 0;
    } catch (error) {
      // Done meanwhile by another pass or process, or the record changed: the next pass looks again.
      if (!(error instanceof DomainRejectionError))
        this.logger.error({ err: error, creditCode }, 'Scheduler command failed');
      return 0;
    }
  }
}
