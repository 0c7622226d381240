import type { LogCursor, RecordedEvent } from './envelope';
import type { EventStore } from './event-store.port';
import type { CheckpointStore } from './projection';
import type { SqlDatabase, SqlExecutor } from './sql.port';

export interface LogFollowerOptions {
  /** Checkpoint name; one per read model or consumer. */
  readonly name: string;
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly checkpoints: CheckpointStore;
  /** Applies one event inside the batch transaction. */
  readonly handle: (event: RecordedEvent, tx: SqlExecutor) => Promise<void>;
  readonly batchSize?: number;
  /** Fallback poll when no in-process append woke the follower (appends from other processes). */
  readonly pollIntervalMs?: number;
  readonly onError?: (error: unknown) => void;
}

export interface LogFollowerStatus {
  readonly name: string;
  readonly running: boolean;
  readonly eventsApplied: number;
  readonly lastError: string | null;
  readonly lastAppliedAt: Date | null;
}

/**
 * Follows the global log from a stored checkpoint. Each batch's effects and the new checkpoint commit in
 * one transaction, so a crash anywhere replays at most an uncommitted batch: effects are exactly once.
 * Followers of the same name in several processes stay correct: the checkpoint row is locked and compared
 * before a batch is applied, and a batch that lost the race is dropped and re-read.
 */
export class LogFollower {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private eventsApplied = 0;
  private lastError: string | null = null;
  private lastAppliedAt: Date | null = null;

  constructor(private readonly options: LogFollowerOptions) {}

  get name(): string {
    return this.options.name;
  }

  /** Applies everything currently in the log; resolves with the number of events applied. */
  async catchUp(): Promise<number> {
    let total = 0;
    for (;;) {
      const applied = await this.step();
      if (applied === 0) return total;
      if (applied > 0) total += applied;
    }
  }

  /** Moves the checkpoint back to the start, inside the transaction that `prepare` runs in (e.g. a reset). */
  async rewind(prepare: (tx: SqlExecutor) => Promise<void>): Promise<void> {
    const { db, checkpoints, name } = this.options;
    await db.transaction(async (tx) => {
      await checkpoints.loadForUpdate(tx, name);
      await prepare(tx);
      await checkpoints.save(tx, name, null);
    });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.options.store.onAppended(() => this.wake?.());
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  status(): LogFollowerStatus {
    return {
      name: this.options.name,
      running: this.running,
      eventsApplied: this.eventsApplied,
      lastError: this.lastError,
      lastAppliedAt: this.lastAppliedAt,
    };
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        await this.catchUp();
        failures = 0;
        this.lastError = null;
      } catch (error) {
        failures++;
        this.lastError = error instanceof Error ? error.message : String(error);
        this.options.onError?.(error);
      }
      if (!this.running) break;
      const pause =
        failures === 0 ? (this.options.pollIntervalMs ?? 500) : Math.min(30_000, 200 * 2 ** failures);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** One batch: >0 applied, 0 nothing new, -1 lost a race and must re-read. */
  private async step(): Promise<number> {
    const { store, db, checkpoints, name, handle } = this.options;
    const from: LogCursor | null = await db.transaction((tx) => checkpoints.loadForUpdate(tx, name));
    const events = await store.readAll({ after: from, limit: this.options.batchSize ?? 500 });
    if (events.length === 0) return 0;
    const applied = await db.transaction(async (tx) => {
      const locked = await checkpoints.loadForUpdate(tx, name);
      if (locked !== from) return -1;
      for (const event of events) await handle(event, tx);
      await checkpoints.save(tx, name, (events[events.length - 1] as RecordedEvent).cursor);
      return events.length;
    });
    if (applied > 0) {
      this.eventsApplied += applied;
      this.lastAppliedAt = new Date();
    }
    return applied;
  }
}
