import type { LogCursor, RecordedEvent } from './envelope';
import type { EventStore, LogWindow } from './event-store.port';
import { LogPollingLoop } from './log-polling-loop';
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
  /** Applies a batch's wanted events at once, in log order (instead of `handle` on each). */
  readonly handleBatch?: (events: readonly RecordedEvent[], tx: SqlExecutor) => Promise<void>;
  /**
   * Whether `handle` has anything to do for the event; absent: every event. A batch with nothing wanted is
   * passed over without a transaction, and the checkpoint is saved only with the next batch that has work
   * (or once a full batch's worth has been passed over, so a restart never re-reads much).
   */
  readonly wants?: (event: RecordedEvent) => boolean;
  /**
   * The only event types `handle` takes, when known: read through the store's `readAllOfTypes` where it has
   * it, so the others' data is not even sent (`wants` still decides).
   */
  readonly eventTypes?: readonly string[];
  readonly batchSize?: number;
  /**
   * The most wanted events one transaction applies; a window holding more (a typed window is TYPED_WINDOW times
   * wider than `batchSize`) is applied in several, each with the checkpoint at its last event. Absent: a window in
   * one. A transaction that has written holds the log's horizon back while it is open (no follower reads an event
   * committed after it began until it ends), so a follower that handles events one by one — a consumer catching
   * up with a city's directory — must not hold one open for thousands of them.
   */
  readonly maxPerTransaction?: number;
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
 * How many times wider a window of the log is when only the follower's types come in full: the others cost
 * a position each, so a follower that takes a few of the log's events passes over the rest in fewer reads.
 */
const TYPED_WINDOW = 8;

/**
 * How many events a rebuild's shared windows may pass over (nothing in them for this follower) before its
 * checkpoint is saved anyway: a rebuild reads wide windows, and a read model that takes few of the log's events
 * would otherwise commit a checkpoint for every one of them. The rebuild saves what is left at its end
 * (`savePassedOver`).
 */
const SHARED_PASS_OVER = 100_000;

/** A window of the log as `readLogWindow` read it: full (more may follow at once) when `scanned` is `fullAt`. */
export interface FollowedLogWindow extends LogWindow {
  readonly fullAt: number;
}

/**
 * The next window of the log after `after`: `limit` events, or, when `types` are given and the store can
 * leave out the others, a window TYPED_WINDOW times wider of which only those types come in full.
 */
export const readLogWindow = async (
  store: EventStore,
  options: { readonly after: LogCursor | null; readonly limit: number; readonly types?: readonly string[] },
): Promise<FollowedLogWindow> => {
  const { after, limit, types } = options;
  if (types !== undefined && store.readAllOfTypes !== undefined) {
    const window = limit * TYPED_WINDOW;
    return { ...(await store.readAllOfTypes({ after, limit: window, types })), fullAt: window };
  }
  const events = await store.readAll({ after, limit });
  return {
    events,
    scanned: events.length,
    scannedTo: events[events.length - 1]?.cursor ?? null,
    fullAt: limit,
  };
};

/**
 * Follows the global log from a stored checkpoint. Each batch's effects and the new checkpoint commit in
 * one transaction, so a crash anywhere replays at most an uncommitted batch: effects are exactly once.
 * Followers of the same name in several processes stay correct: the checkpoint row is locked and compared
 * before a batch is applied, and a batch that lost the race is dropped and re-read.
 */
export class LogFollower {
  private readonly loop: LogPollingLoop;
  private eventsApplied = 0;
  private lastAppliedAt: Date | null = null;
  /** How far this follower has read: its checkpoint, or past it by events it had nothing to do for. */
  private position: LogCursor | null = null;
  /** The checkpoint as this follower last read or saved it. */
  private saved: LogCursor | null = null;
  /** Events passed over since `saved`. */
  private passedOver = 0;
  /** Whether the checkpoint has been read since start or the last rewind. */
  private positionKnown = false;
  /** Whether this follower's last read came back short of a full window: it had read all there was. */
  private readToEnd = false;

  constructor(private readonly options: LogFollowerOptions) {
    this.loop = new LogPollingLoop({
      store: options.store,
      step: () => this.step(),
      ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
      reached: () => this.position,
      ...(options.eventTypes === undefined ? {} : { wakesFor: options.eventTypes }),
      readToEnd: () => this.readToEnd,
    });
  }

  get name(): string {
    return this.options.name;
  }

  /** Applies everything currently in the log; resolves with the number of events applied. */
  catchUp(): Promise<number> {
    return this.loop.drain();
  }

  /** Appends in this process do not wake the follower until the release (LogPollingLoop's `holdWakes`). */
  holdWakes(): () => void {
    return this.loop.holdWakes();
  }

  /** Moves the checkpoint back to the start, inside the transaction that `prepare` runs in (e.g. a reset). */
  async rewind(prepare: (tx: SqlExecutor) => Promise<void>): Promise<void> {
    const { db, checkpoints, name } = this.options;
    await db.transaction(async (tx) => {
      await checkpoints.loadForUpdate(tx, name);
      await prepare(tx);
      await checkpoints.save(tx, name, null);
    });
    this.positionKnown = false;
  }

  start(): void {
    // Started again (a replica taking the lease back): another process may have moved the checkpoint since.
    if (!this.loop.isRunning) this.positionKnown = false;
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  status(): LogFollowerStatus {
    return {
      name: this.options.name,
      running: this.loop.isRunning,
      eventsApplied: this.eventsApplied,
      lastError: this.loop.lastError,
      lastAppliedAt: this.lastAppliedAt,
    };
  }

  /**
   * One batch: >0 handled, 0 nothing new, -1 lost a race and must re-read. The log is read after the
   * position this follower has reached, without a lock: most passes find nothing new, and such a pass is one
   * read. Only a batch with work locks the checkpoint; if another process has moved it since this follower
   * last saw it (or rewound it), the batch is dropped and the next pass reads from where it really is.
   */
  private async step(): Promise<number> {
    await this.knowPosition();
    const window = await readLogWindow(this.options.store, {
      after: this.position,
      limit: this.options.batchSize ?? 500,
      ...(this.options.eventTypes === undefined ? {} : { types: this.options.eventTypes }),
    });
    this.readToEnd = window.scanned < window.fullAt;
    return this.applyWindow(window);
  }

  /**
   * Applies a window of the log read by someone else (a rebuild reading the log once for several followers):
   * as a step would, after the same checks, between this follower's own steps. `after` is where the window was read
   * from; -1 when this follower does not stand there, or its checkpoint has moved since it last saw it (the
   * window is dropped, and the follower's own next step reads from where it really is).
   */
  applySharedWindow(after: LogCursor | null, window: LogWindow): Promise<number> {
    return this.loop.serialised(async () => {
      await this.knowPosition();
      if (this.position !== after) return -1;
      return this.applyWindow(window, SHARED_PASS_OVER);
    });
  }

  /**
   * Saves the checkpoint where this follower stands when it has passed over events since it last saved (a
   * rebuild's end), after the same check as a batch: nothing when another process has moved it meanwhile (the
   * follower's next step reads from where it really is).
   */
  savePassedOver(): Promise<void> {
    return this.loop.serialised(async () => {
      if (!this.positionKnown || this.position === this.saved) return;
      const { db, checkpoints, name } = this.options;
      const position = this.position;
      const saved = await db.transaction(async (tx) => {
        if ((await checkpoints.loadForUpdate(tx, name)) !== this.saved) return false;
        await checkpoints.save(tx, name, position);
        return true;
      });
      if (!saved) {
        this.positionKnown = false;
        return;
      }
      this.saved = position;
      this.passedOver = 0;
    });
  }

  private async knowPosition(): Promise<void> {
    if (this.positionKnown) return;
    const { db, checkpoints, name } = this.options;
    this.saved = await db.transaction((tx) => checkpoints.loadForUpdate(tx, name));
    this.position = this.saved;
    this.passedOver = 0;
    this.positionKnown = true;
  }

  /** Applies a window; one with nothing wanted is passed over while fewer than `passOver` events have been. */
  private async applyWindow(
    { events, scanned, scannedTo: last }: LogWindow,
    passOver = this.options.batchSize ?? 500,
  ): Promise<number> {
    const { wants } = this.options;
    if (last === null) return 0;
    const work = wants === undefined ? events : events.filter(wants);
    if (work.length === 0 && this.passedOver + scanned < passOver) {
      this.position = last;
      this.passedOver += scanned;
      this.eventsApplied += scanned;
      return scanned;
    }
    const most = Math.max(1, this.options.maxPerTransaction ?? work.length);
    const parts: (readonly RecordedEvent[])[] = [];
    for (let from = 0; from < work.length; from += most) parts.push(work.slice(from, from + most));
    if (parts.length === 0) parts.push([]);
    for (const [index, part] of parts.entries()) {
      // Each part's checkpoint is its last event; the window's last part's is all the window read.
      const end = index === parts.length - 1 ? last : (part[part.length - 1] as RecordedEvent).cursor;
      if (!(await this.commit(part, end))) return -1;
    }
    this.eventsApplied += scanned;
    return scanned;
  }

  /**
   * Applies wanted events and moves the checkpoint to `end` in one transaction, after checking that no other
   * process has moved it since this follower saw it; false (and the position forgotten) when one has.
   */
  private async commit(work: readonly RecordedEvent[], end: LogCursor): Promise<boolean> {
    const { db, checkpoints, name, handle, handleBatch } = this.options;
    const committed = await db.transaction(async (tx) => {
      if ((await checkpoints.loadForUpdate(tx, name)) !== this.saved) return false;
      if (handleBatch !== undefined) {
        if (work.length > 0) await handleBatch(work, tx);
      } else {
        for (const event of work) await handle(event, tx);
      }
      await checkpoints.save(tx, name, end);
      return true;
    });
    if (!committed) {
      this.positionKnown = false;
      return false;
    }
    this.position = end;
    this.saved = end;
    this.passedOver = 0;
    this.lastAppliedAt = new Date();
    return true;
  }
}
