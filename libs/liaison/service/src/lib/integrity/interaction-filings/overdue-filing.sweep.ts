import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Clock, IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, ID_GENERATOR, Leadership, PeriodicPass, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { chinaDateOf } from '../china-today';
import { FilingCommandsService } from './filing-commands.service';

/** How often the sweep looks for missing reports; the first run is at start. */
export const OVERDUE_SWEEP_INTERVAL_MS = 15 * 60 * 1000;
const BATCH = 100;

/**
 * Raises the missing-report alert (FilingReportOverdue) for approved filings whose report is past due: one
 * indexed range (liaison_filings_awaiting_report), unflagged ones only, a bounded batch per run.
 */
@Injectable()
export class OverdueFilingSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OverdueFilingSweep.name);
  private readonly timer: PeriodicPass;

  constructor(
    private readonly filings: FilingCommandsService,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.sweep(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(OVERDUE_SWEEP_INTERVAL_MS);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  /** One run: returns how many alerts it raised. */
  async sweep(): Promise<number> {
    const today = chinaDateOf(this.clock.now());
    const { rows } = await this.db.query<{ filing_id: string; jurisdiction: string }>(
      `SELECT filing_id, jurisdiction FROM liaison_interaction_filings
        WHERE status = 'approved' AND report_due < $1 AND NOT overdue_flagged
        ORDER BY report_due, filing_id LIMIT ${BATCH}`,
      [today],
    );
    let raised = 0;
    for (const row of rows) {
      try {
        await this.filings.flagOverdue(row.filing_id, row.jurisdiction, {
          correlationId: this.ids.next(),
          actor: { id: 'liaison-overdue-sweep', role: 'system' },
        });
        raised += 1;
      } catch (error) {
        // Reported or flagged since the read model was read: nothing to raise.
        this.logger.debug(`filing ${row.filing_id} not flagged: ${String(error)}`);
      }
    }
    return raised;
  }
}
