import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { boardIdOf, boardPeriodContaining, chinaDateOf, previousBoardPeriod } from '@qinqing/credit/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, Leadership, PeriodicPass, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { BoardDrafter } from '../application/board-drafter';
import { CREDIT_OPTIONS, type CreditOptions } from '../credit.options';

/** Periods begin at midnight; hourly is soon enough to have the draft ready on the first morning. */
export const BOARD_SCHEDULER_INTERVAL_MS = 3_600_000;

/**
 * When a period begins, drafts the board of the one that just ended if nobody has (so the credit officer has
 * one to approve); approval stays human. Idempotent like the publication scheduler: the decider drafts only
 * an absent board (`ifAbsent`), so a second pass, another process or a retry appends nothing.
 */
@Injectable()
export class BoardScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('BoardScheduler');
  private readonly timer: PeriodicPass;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CREDIT_OPTIONS) private readonly settings: CreditOptions,
    private readonly drafter: BoardDrafter,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.tick(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(BOARD_SCHEDULER_INTERVAL_MS);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  /** One pass; resolves with the id of the board it drafted, or null when there was nothing to do. */
  async tick(): Promise<string | null> {
    const today = chinaDateOf(this.clock.now());
    const period = previousBoardPeriod(boardPeriodContaining(today, this.settings.boardPeriodLength));
    const boardId = boardIdOf(period.name);
    // Cheap look first: most passes find the board there and read no records.
    const { rows } = await this.db.query('SELECT 1 FROM credit_boards WHERE board_id = $1', [boardId]);
    if (rows.length > 0) return null;
    const { drafted } = await this.drafter.draft(
      period,
      'credit-board-scheduler',
      {
        correlationId: `credit-board-scheduler-${today}`,
        actor: { id: 'credit-board-scheduler', role: 'system' },
      },
      true,
    );
    return drafted ? boardId : null;
  }
}
