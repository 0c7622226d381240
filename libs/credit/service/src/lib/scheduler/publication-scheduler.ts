import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  chinaDateOf,
  documentNumberKey,
  integrityRecordDecider,
  integrityRecordStreamId,
} from '@qinqing/credit/domain';
import type { Clock, CommandHandler, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  COMMAND_HANDLER,
  Leadership,
  PeriodicPass,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';

/** How often the scheduler looks for ended periods: periods end at midnight, so hourly is soon enough. */
export const PUBLICATION_SCHEDULER_INTERVAL_MS = 3_600_000;

/** Records read per query: a pass pages through the ended records by (public_until, document_number). */
const PAGE = 200;

/**
 * At the maximum period publication stops by itself (《信用修复管理办法》); this records it, as an event, for every
 * record whose last public day has passed. It is idempotent like the appeals deadline scheduler: the decider
 * records one end per period, so a second pass, a pass on another process or a retry appends nothing.
 */
@Injectable()
export class PublicationScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PublicationScheduler');
  private readonly timer: PeriodicPass;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.tick(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(PUBLICATION_SCHEDULER_INTERVAL_MS);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  /** One pass; resolves with the number of records whose end of publication it recorded. */
  async tick(): Promise<number> {
    const today = chinaDateOf(this.clock.now());
    let ended = 0;
    let after: { publicUntil: string | null; documentNumber: string } = {
      publicUntil: null,
      documentNumber: '',
    };
    for (;;) {
      const { rows } = await this.db.query<{ document_number: string; public_until: string }>(
        `SELECT document_number, public_until FROM credit_records
         WHERE public_until IS NOT NULL AND public_until < $1
           AND (ended_public_until IS NULL OR ended_public_until <> public_until)
           AND withdrawn_on IS NULL AND repaired_on IS NULL
           AND ($2::text IS NULL OR (public_until, document_number) > ($2::text, $3))
         ORDER BY public_until, document_number
         LIMIT ${PAGE}`,
        [today, after.publicUntil, after.documentNumber],
      );
      for (const { document_number: documentNumber } of rows) ended += await this.end(documentNumber, today);
      const last = rows[rows.length - 1];
      if (rows.length < PAGE || last === undefined) return ended;
      after = { publicUntil: last.public_until, documentNumber: last.document_number };
    }
  }

  /** Records the end of one record's publication; 1 if it did, 0 if there was nothing to record. */
  private async end(documentNumber: string, today: string): Promise<number> {
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
      return result.events.length > 0 ? 1 : 0;
    } catch (error) {
      // A record corrected meanwhile (its period moved) is refused now and looked at again on the next pass.
      this.logger.error({ err: error, documentNumber }, 'Recording the end of publication failed');
      return 0;
    }
  }
}
