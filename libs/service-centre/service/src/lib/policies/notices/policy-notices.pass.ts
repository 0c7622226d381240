import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  chinaDateOf,
  POLICY_NOTICE_BATCH,
  type PolicyNoticesCommand,
  policyNoticesDecider,
  type PolicyNoticesState,
  policyNoticesStreamId,
} from '@qinqing/service-centre/domain';
import type {
  Clock,
  CommandHandler,
  CommandMetadata,
  IdGenerator,
  SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  COMMAND_HANDLER,
  ID_GENERATOR,
  Leadership,
  PeriodicPass,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { findNoticedPolicy } from '../queries/policy-rows';
import {
  type ArrivalBatch,
  claimArrivals,
  markListed,
  type NoticeCause,
  noteSweep,
  offeredPage,
  type OpenSweep,
  openSweeps,
  unlistedBatch,
} from './policy-notice-queue.table';

/** Who lists notices, in event metadata: the platform, on the publication's or the arrival's behalf. */
const LISTER = { id: 'policy-notices', role: 'system' } as const;

/** Sweeps taken up per query; a pass takes every one of them to its end before it looks again. */
const SWEEPS_AT_ONCE = 20;

export interface PolicyNoticesPassResult {
  /** Events appended that list enterprises, and how many enterprises they list. */
  readonly batches: number;
  readonly listed: number;
}

const listedBy = (events: readonly { readonly type: string; readonly data: unknown }[]): number =>
  events.reduce(
    (n, e) =>
      e.type === 'PolicyNoticesDue'
        ? n + (e.data as { creditCodes: readonly string[] }).creditCodes.length
        : n,
    0,
  );

/**
 * Lists, in each published policy's notices stream, the enterprises that should be told of it by SMS: the
 * sweep pages through the offered matches of every newly published policy (keyset by credit code, at most
 * POLICY_NOTICE_BATCH a page, one short query and one append each), then the enterprises offered a policy on
 * arrival, a batch per policy. Every second, soon after an arrival, and whenever a test asks.
 *
 * Safe to repeat: a sweep page is decided against the stream (a page read after a cursor the stream has passed
 * lists nothing, and the note is set to the stream's cursor), and an arrival batch is appended under the key it
 * was given before the append. A withdrawn or expired policy's sweep ends there, and its arrivals are dropped.
 */
@Injectable()
export class PolicyNoticesPass implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PolicyNoticesPass');
  private readonly timer: PeriodicPass<PolicyNoticesPassResult>;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
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

  /** A pass shortly, after the caller's transaction has committed; one for a burst of arrivals. */
  soon(): void {
    this.timer.soon();
  }

  /** A whole pass, after the one under way: what was queued before the call is listed when it resolves. */
  run(): Promise<PolicyNoticesPassResult> {
    return this.timer.runNow();
  }

  private async pass(): Promise<PolicyNoticesPassResult> {
    let batches = 0;
    let listed = 0;
    const count = (n: number) => {
      if (n > 0) batches++;
      listed += n;
    };
    for (let sweeps = await openSweeps(this.db, SWEEPS_AT_ONCE); sweeps.length > 0 && !this.timer.stopped;) {
      for (const sweep of sweeps) await this.sweep(sweep, count);
      sweeps = await openSweeps(this.db, SWEEPS_AT_ONCE);
    }
    while (!this.timer.stopped) {
      const batch =
        (await unlistedBatch(this.db)) ??
        (await claimArrivals(this.db, `policy-notice-arrivals:${this.ids.next()}`, POLICY_NOTICE_BATCH));
      if (batch === null) break;
      count(await this.listArrivals(batch));
    }
    return { batches, listed };
  }

  private async sweep(sweep: OpenSweep, count: (n: number) => void): Promise<void> {
    for (let after = sweep.after; !this.timer.stopped;) {
      const now = this.clock.now();
      const found = await findNoticedPolicy(this.db, sweep.policyId, chinaDateOf(now));
      if (found === null) throw new Error(`Policy notices: no policy ${sweep.policyId} for its sweep`);
      let command: PolicyNoticesCommand;
      if (found.status === 'withdrawn' || found.status === 'expired') {
        command = { type: 'EndSweep', policyId: sweep.policyId, ending: found.status };
      } else {
        const page = await offeredPage(this.db, sweep.policyId, after, POLICY_NOTICE_BATCH);
        command = { type: 'ListSweepPage', policy: found.policy, after, ...page };
      }
      const result = await this.commands.handle(
        policyNoticesDecider,
        policyNoticesStreamId(sweep.policyId),
        command,
        this.metadata(sweep),
      );
      count(listedBy(result.events));
      const state: PolicyNoticesState = result.state;
      const ended = state.sweep === 'ended';
      await noteSweep(this.db, sweep.policyId, state.after, ended ? now.toISOString() : null);
      if (ended) return;
      after = state.after;
    }
  }

  private async listArrivals(batch: ArrivalBatch): Promise<number> {
    const now = this.clock.now();
    const found = await findNoticedPolicy(this.db, batch.policyId, chinaDateOf(now));
    let listed = 0;
    if (found?.status === 'published') {
      const result = await this.commands.handle(
        policyNoticesDecider,
        policyNoticesStreamId(batch.policyId),
        { type: 'ListArrivals', policy: found.policy, creditCodes: batch.creditCodes },
        { ...this.metadata(batch), idempotencyKey: batch.batch },
      );
      listed = result.replayed ? 0 : listedBy(result.events);
    }
    await markListed(this.db, batch.batch, now.toISOString());
    return listed;
  }

  private metadata(cause: NoticeCause): CommandMetadata {
    return { correlationId: cause.correlationId, causationId: cause.causationId, actor: LISTER };
  }
}
