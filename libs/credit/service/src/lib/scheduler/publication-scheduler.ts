import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  chinaDateOf,
  documentNumberKey,
  integrityRecordDecider,
  integrityRecordStreamId,
} from '@qinqing/credit/domain';
import type { Clock, CommandHandler, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER, SQL_DATABASE } from '@qinqing/shared/nest-platform';

/** How often the scheduler looks for ended periods: periods end at midnight, so hourly is soon enough. */
export const PUBLICATION_SCHEDULER_INTERVAL_MS = 3_600_000;

/**
 * At the maximum period publication stops by itself (《信用修复管理办法》); this records it, as an event, for every
 * record whose last public day has passed. It is idempotent like the appeals deadline scheduler: the decider
 * records one end per period, so a second pass, a pass on another process or a retry appends nothing.
 */
@Injectable()
export class PublicationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PublicationScheduler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tickSafely(), PUBLICATION_SCHEDULER_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    await this.running;
  }

  /** One pass; resolves with the number of records whose end of publication it recorded. */
  async tick(): Promise<number> {
    const today = chinaDateOf(this.clock.now());
    const { rows } = await this.db.query<{ document_number: string }>(
      `SELECT document_number FROM credit_records
       WHERE public_until IS NOT NULL AND public_until < $1
         AND (ended_public_until IS NULL OR ended_public_until <> public_until)
         AND withdrawn_on IS NULL AND repaired_on IS NULL
       ORDER BY public_until`,
      [today],
    );
    let ended = 0;
    for (const { document_number: documentNumber } of rows) {
      try {
        const result = await this.commands.handle(
          integrityRecordDecider,
          integrityRecordStreamId(documentNumberKey(documentNumber)),
          { type: 'EndPublication', documentNumber },
          {
            correlationId: `credit-scheduler-${today}`,
            actor: { id: 'credit-publication-scheduler', role: 'system' },
          },
        );
        if (result.events.length > 0) ended += 1;
      } catch (error) {
        // A record corrected meanwhile (its period moved) is refused now and looked at again on the next pass.
        this.logger.error({ err: error, documentNumber }, 'Recording the end of publication failed');
      }
    }
    return ended;
  }

  private async tickSafely(): Promise<void> {
    if (this.running !== null) return;
    this.running = this.tick()
      .catch((error: unknown) => this.logger.error(error))
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }
}
