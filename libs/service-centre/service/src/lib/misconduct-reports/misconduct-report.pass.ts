import { randomInt } from 'node:crypto';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { chinaDateOf } from '@qinqing/calendar/domain';
import type { MisconductReportCommand } from '@qinqing/service-centre/domain';
import {
  type Clock,
  type CommandMetadata,
  DomainRejectionError,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { CLOCK, Leadership, PeriodicPass, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from '../service-centre.env';
import { MisconductReportCommands } from './misconduct-report-commands';
import { type IntakeRow, ReportIntakeStore } from './report-intake.store';

const PASS_BATCH = 500;

/**
 * The one actor and correlation every intake entry is appended under: no person, no request, no address — the
 * same for every anonymous report, so the metadata tells them apart from nothing.
 */
export const INTAKE_ACTOR = { id: 'misconduct-report-intake', role: 'system' } as const;
const intakeMetadata = (intakeId: string): CommandMetadata => ({
  correlationId: 'misconduct-report-intake',
  causationId: null,
  actor: INTAKE_ACTOR,
  idempotencyKey: `misconduct-report-intake:${intakeId}`,
});

/** Fisher–Yates with the CSPRNG: the order of a day's reports in the log says nothing of their arrival. */
const shuffled = <T>(items: readonly T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

export interface ReportPassResult {
  readonly entered: number;
  readonly flagged: number;
}

/**
 * Enters the anonymous intake of every day that has ended into the log, in random order, reports before the
 * information added to them; then flags reports about a unit's head not sent one level up in time. Each entry
 * is appended with its own idempotency key, so a crash between append and delete appends nothing twice.
 */
@Injectable()
export class MisconductReportPass implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('MisconductReportPass');
  private readonly timer: PeriodicPass;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CENTRE_OPTIONS) private readonly options: ServiceCentreOptions,
    private readonly intake: ReportIntakeStore,
    private readonly reports: MisconductReportCommands,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.run(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(this.options.reportPassIntervalMs);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  async run(): Promise<ReportPassResult> {
    const today = chinaDateOf(this.clock.now());
    const due = await this.intake.due(today, PASS_BATCH);
    const ordered = [
      ...shuffled(due.filter((row) => row.entry.kind === 'report')),
      ...shuffled(due.filter((row) => row.entry.kind === 'information')),
    ];
    let entered = 0;
    for (const row of ordered) entered += await this.enter(row);
    const overdue = await this.db.query<{ report_id: string }>(
      `SELECT report_id FROM service_centre_misconduct_reports
       WHERE status = 'open' AND escalation_due_on IS NOT NULL AND escalation_due_on < $1
         AND escalated_to IS NULL AND NOT escalation_overdue
       ORDER BY escalation_due_on, report_id LIMIT ${PASS_BATCH}`,
      [today],
    );
    let flagged = 0;
    for (const { report_id: reportId } of overdue.rows) {
      const done = await this.send(
        reportId,
        { type: 'FlagEscalationOverdue' },
        {
          correlationId: `misconduct-report-escalation-${today}`,
          actor: INTAKE_ACTOR,
        },
      );
      if (done === 1) flagged += 1;
    }
    return { entered, flagged };
  }

  private async enter(row: IntakeRow): Promise<number> {
    const command: MisconductReportCommand =
      row.entry.kind === 'report'
        ? {
            type: 'FileReport',
            ...row.entry.command,
            reportId: row.reportId,
            channel: 'anonymous',
            filedOn: row.receivedOn,
            reporter: null,
          }
        : { type: 'SupplementReport', text: row.entry.text, addedOn: row.receivedOn, from: 'reporter' };
    const done = await this.send(row.reportId, command, intakeMetadata(row.intakeId));
    // Refused for good (a report filed already, or concluded meanwhile): the entry cannot be entered; it goes.
    if (done !== 'retry') await this.intake.entered(row);
    return done === 1 ? 1 : 0;
  }

  private async send(
    reportId: string,
    command: MisconductReportCommand,
    metadata: CommandMetadata,
  ): Promise<0 | 1 | 'retry'> {
    try {
      const result = await this.reports.handle(reportId, command, metadata);
      return result.events.length > 0 ? 1 : 0;
    } catch (error) {
      if (error instanceof DomainRejectionError) {
        // Information for a report still in the intake (a batch cut it off): the next pass enters it.
        return error.error.code === 'report-not-found' ? 'retry' : 0;
      }
      this.logger.error({ err: error }, 'Misconduct report pass: a command failed');
      return 'retry';
    }
  }
}
