import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  chinaDateOf,
  type ClockKind,
  type EnterpriseRequestCommand,
  goesOverdueByTime,
} from '@qinqing/appeals/domain';
import { addDays, type CalendarDate, CalendarInForce, parseCalendarDate } from '@qinqing/calendar/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, Leadership, PeriodicPass, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { AppealsPolicyService } from '../application/appeals-policy.service';
import { RequestCommandsService } from '../application/request-commands.service';
import type { TrackedClocks } from '../projections/clock-tracking';
import { APPEALS_SCHEDULER_OPTIONS, type AppealsSchedulerOptions } from './deadline-scheduler.options';

interface OpenRequest {
  request_id: string;
  status: string;
  paused: boolean;
  clocks: TrackedClocks;
  claim_by: string | Date | null;
  feedback_due: string | Date | null;
  submitted_on: string | Date;
}

const asDate = (value: string | Date): CalendarDate =>
  parseCalendarDate(typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

/** Requests re-derived per pass after a holiday notice is loaded. */
const REDERIVE_BATCH = 500;

/**
 * Time-driven events (reminders, missed deadlines and 督办 orders, unclaimed hand-offs, closed feedback
 * windows, due dates re-derived once a missing holiday notice is loaded) come from here. It reads due dates from the requests read model and issues commands the decider
 * treats idempotently, so running it twice, or late after downtime, does no harm: a command with nothing to
 * do appends nothing. The read model only narrows the candidates; the decider has the last word.
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeadlineScheduler');
  private readonly timer: PeriodicPass;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APPEALS_SCHEDULER_OPTIONS) private readonly options: AppealsSchedulerOptions,
    private readonly calendar: CalendarInForce,
    private readonly policy: AppealsPolicyService,
    private readonly requests: RequestCommandsService,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.tick(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(this.options.intervalMs);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  /** One pass over every open request; resolves with the number of commands that appended events. */
  async tick(): Promise<number> {
    const today = chinaDateOf(this.clock.now());
    const calendar = await this.calendar.current();
    const policy = await this.policy.current();
    const { rows } = await this.db.query<OpenRequest>(
      `SELECT request_id, status, paused, clocks, claim_by, feedback_due, submitted_on FROM appeals_requests
       WHERE status IN ('received', 'awaiting-acceptance', 'in-progress', 'answered')`,
    );
    let appended = await this.rederiveProvisionalDueDates(today, calendar);
    appended += await this.orderDeadlines(today, calendar);
    appended += await this.followUpDeadlines(today, calendar);
    for (const row of rows) {
      for (const command of this.candidates(row, today, calendar, policy)) {
        try {
          const result = await this.requests.execute(row.request_id, command, {
            correlationId: `scheduler-${today}`,
            actor: { id: 'appeals-deadline-scheduler', role: 'system' },
          });
          if (result.events.length > 0) appended++;
        } catch (error) {
          this.logger.error(
            { err: error, requestId: row.request_id, command: command.type },
            'Scheduled command failed',
          );
        }
      }
    }
    return appended;
  }

  /**
   * 督办 orders due within a working day (reminder) or past due at the first level (escalation), read from the
   * indexed `appeals_supervision_orders.due`: never a scan of every order.
   */
  private async orderDeadlines(
    today: CalendarDate,
    calendar: Awaited<ReturnType<CalendarInForce['current']>>,
  ): Promise<number> {
    const horizon = calendar.addWorkingDays(today, 1);
    const { rows } = await this.db.query<{ request_id: string; order_id: string }>(
      `SELECT request_id, order_id FROM appeals_supervision_orders
       WHERE open AND due <= $1 AND ((due >= $2 AND NOT reminded) OR (due < $2 AND level = 1))
       ORDER BY due LIMIT 500`,
      [horizon, today],
    );
    let appended = 0;
    for (const row of rows) {
      try {
        const result = await this.requests.execute(
          row.request_id,
          { type: 'RecordOrderDeadline', orderId: row.order_id, by: { kind: 'scheduler' } },
          {
            correlationId: `scheduler-${today}`,
            actor: { id: 'appeals-deadline-scheduler', role: 'system' },
          },
        );
        if (result.events.length > 0) appended++;
      } catch (error) {
        this.logger.error(
          { err: error, requestId: row.request_id, orderId: row.order_id },
          'Order deadline failed',
        );
      }
    }
    return appended;
  }

  /** 回访 and 整改 clocks due within a working day or just missed, from the indexed `appeals_follow_ups.due`. */
  private async followUpDeadlines(
    today: CalendarDate,
    calendar: Awaited<ReturnType<CalendarInForce['current']>>,
  ): Promise<number> {
    const { rows } = await this.db.query<{ request_id: string; follow_up: 'callback' | 'rectification' }>(
      `SELECT request_id, follow_up FROM appeals_follow_ups
       WHERE NOT done AND due <= $1 AND ((due >= $2 AND NOT reminded) OR (due < $2 AND NOT missed))
       ORDER BY due LIMIT 500`,
      [calendar.addWorkingDays(today, 1), today],
    );
    let appended = 0;
    for (const row of rows) {
      try {
        const result = await this.requests.execute(
          row.request_id,
          { type: 'RecordFollowUpDeadline', followUp: row.follow_up, by: { kind: 'scheduler' } },
          {
            correlationId: `scheduler-${today}`,
            actor: { id: 'appeals-deadline-scheduler', role: 'system' },
          },
        );
        if (result.events.length > 0) appended++;
      } catch (error) {
        this.logger.error({ err: error, requestId: row.request_id }, 'Follow-up deadline failed');
      }
    }
    return appended;
  }

  /**
   * Requests with due dates waiting for a year whose notice is now loaded: found by the indexed
   * `provisional_year`, at most `REDERIVE_BATCH` a pass (those done drop out, the next pass takes the rest).
   */
  private async rederiveProvisionalDueDates(
    today: CalendarDate,
    calendar: Awaited<ReturnType<CalendarInForce['current']>>,
  ): Promise<number> {
    const years = calendar.loadedYears;
    if (years.length === 0) return 0;
    const { rows } = await this.db.query<{ request_id: string }>(
      `SELECT request_id FROM appeals_requests WHERE provisional_year IN (${years.map((_, i) => `$${i + 1}`).join(', ')})
       ORDER BY provisional_year, request_id LIMIT ${REDERIVE_BATCH}`,
      [...years],
    );
    let appended = 0;
    for (const row of rows) {
      try {
        const result = await this.requests.execute(
          row.request_id,
          { type: 'RederiveDueDates', by: { kind: 'scheduler' } },
          {
            correlationId: `scheduler-${today}`,
            actor: { id: 'appeals-deadline-scheduler', role: 'system' },
          },
        );
        if (result.events.length > 0) appended++;
      } catch (error) {
        this.logger.error({ err: error, requestId: row.request_id }, 'Re-deriving due dates failed');
      }
    }
    return appended;
  }

  private candidates(
    row: OpenRequest,
    today: CalendarDate,
    calendar: Awaited<ReturnType<CalendarInForce['current']>>,
    policy: Awaited<ReturnType<AppealsPolicyService['current']>>,
  ): EnterpriseRequestCommand[] {
    const by = { kind: 'scheduler' } as const;
    const commands: EnterpriseRequestCommand[] = [];
    if (row.status === 'awaiting-acceptance' && row.claim_by !== null && asDate(row.claim_by) < today) {
      commands.push({ type: 'FallToDefaultOwner', by });
    }
    if (row.status === 'answered' && row.feedback_due !== null && asDate(row.feedback_due) < today) {
      commands.push({ type: 'CloseAfterFeedbackWindow', by });
    }
    for (const [clock, tracked] of Object.entries(row.clocks) as [
      ClockKind,
      NonNullable<TrackedClocks[ClockKind]>,
    ][]) {
      const byTime = goesOverdueByTime(clock) || tracked.planned === true;
      if (tracked.status !== 'running' || tracked.due === null || !byTime) continue;
      if (row.paused) {
        // A pause moves the due date only while it is credited (pauseApprovalAfter, or what a supervisor
        // approved): the read model cannot tell, so the decider judges every running clock of a paused request.
        commands.push(
          { type: 'RecordMissedDeadline', clock, by },
          { type: 'RecordDeadlineReminder', clock, by },
        );
        continue;
      }
      const due = asDate(tracked.due);
      if (due < today) {
        commands.push({ type: 'RecordMissedDeadline', clock, by });
      } else if (due === today) {
        // The due-day reminder (the decider records it once per due date).
        commands.push({ type: 'RecordDeadlineReminder', clock, by });
      } else if (!tracked.reminded) {
        // 临期预警 when the working days left fall to the last (1 − reminderAt) share of the period, and at the
        // latest one working day before. The period is estimated from submission, which is never shorter than
        // the real one: candidates only come early.
        const left = calendar.countWorkingDays(addDays(today, 1), due);
        const period = calendar.countWorkingDays(addDays(asDate(row.submitted_on), 1), due);
        if (left <= Math.max(1, Math.ceil((1 - policy.reminderAt) * Math.max(period, 1)))) {
          commands.push({ type: 'RecordDeadlineReminder', clock, by });
        }
      }
    }
    return commands;
  }
}
