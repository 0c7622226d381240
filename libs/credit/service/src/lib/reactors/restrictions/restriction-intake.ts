import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { restrictionDecider, restrictionStreamId } from '@qinqing/credit/domain';
import type { CommandHandler, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, Leadership, PeriodicPass, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { RestrictionLifter } from '../../commands/lift-restriction/restriction-lifter';
import { markApplied, pendingFacts } from './restriction-intake.table';
import { RESTRICTION_SETTINGS, type RestrictionSettingsProvider } from './restriction-settings';

/** Who applies record facts to restrictions, in event metadata: the platform, on the record's behalf. */
const REACTOR = 'credit-restriction-reactor';

/**
 * Applies each record's pending facts to its restriction stream (or, once the record is repaired or withdrawn,
 * lifts its restriction for good): soon after the consumer kept them, every
 * second in any case, and whenever a test asks. Facts are marked applied only after their command, so a crash
 * in between applies them again — and the decider, asked twice, imposes once.
 */
@Injectable()
export class RestrictionIntake implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RestrictionIntake');
  private readonly timer: PeriodicPass<number>;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(RESTRICTION_SETTINGS) private readonly settings: RestrictionSettingsProvider,
    private readonly lifter: RestrictionLifter,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.pass(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(1_000);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  /** A pass shortly, after the consumer's transaction has committed; one for a burst of deliveries. */
  soon(): void {
    this.timer.soon();
  }

  /**
   * A whole pass, after the one under way: the facts pending when it was asked for are applied when it resolves,
   * with the number of records whose facts it applied.
   */
  applyPending(): Promise<number> {
    return this.timer.runNow();
  }

  private async pass(): Promise<number> {
    let applied = 0;
    for (;;) {
      const batch = await pendingFacts(this.db, 100);
      if (batch.length === 0 || this.timer.stopped) return applied;
      for (const facts of batch) {
        const metadata = {
          correlationId: facts.correlationId,
          causationId: facts.causationId,
          actor: { id: REACTOR, role: 'system' as const },
        };
        if (facts.end !== null)
          await this.lifter.lift(facts.record.documentNumber, facts.end.reason, facts.end.on, metadata);
        else
          await this.commands.handle(
            restrictionDecider,
            restrictionStreamId(facts.documentKey),
            { type: 'ImposeRestriction', record: facts.record, factsAt: facts.factsAt },
            metadata,
            { settings: this.settings.current() },
          );
        await markApplied(this.db, facts.documentKey, facts.version);
        applied++;
      }
    }
  }
}
