import { LogFollower, type LogFollowerStatus } from './log-follower';
import type { EventStore, LogWindow } from './event-store.port';
import type { LogCursor, RecordedEvent } from './envelope';
import type { CheckpointStore, Projection } from './projection';
import {
  dropSecondaryIndexes,
  restoreSecondaryIndexes,
  restoringIndexesAfter,
  type SecondaryIndex,
} from './rebuild-indexes';
import type { SqlDatabase } from './sql.port';

export interface ProjectionRunnerOptions {
  readonly projection: Projection;
  readonly store: EventStore;
  readonly db: SqlDatabase;
  readonly checkpoints: CheckpointStore;
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  readonly onError?: (error: unknown) => void;
}

export interface RebuildTogetherOptions {
  /**
   * Events a shared read takes from the log at once (each runner gets the ones it wants as one batch); 10,000 by
   * default: the busy read models then send a fifth of the statements 2,000 cost them, each over more rows.
   */
  readonly window?: number;
  /** How many windows the read may run ahead of the slowest runner (the memory a rebuild holds). */
  readonly readAhead?: number;
  /**
   * Events one read statement takes (a window is read as several): 2,000 by default. The driver holds a whole
   * answer's rows until it ends, so larger answers outlive more young-generation collections: reading 1.8 M
   * events cost Node 9.4 CPU-s in statements of 2,000, 10.1–10.5 in 500s and 14.9–15.2 in 10,000s.
   */
  readonly page?: number;
}

/**
 * Up to `size` events of the log after `after`, read `page` at a time; fewer only at the end of what can be
 * read now.
 */
const readWindow = async (
  store: EventStore,
  after: LogCursor | null,
  size: number,
  page: number,
): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  let from = after;
  while (events.length < size) {
    const limit = Math.min(page, size - events.length);
    const read = await store.readAll({ after: from, limit });
    for (const event of read) events.push(event);
    const last = read[read.length - 1];
    if (last === undefined || read.length < limit) break;
    from = last.cursor;
  }
  return events;
};

/** One window of the log read for every runner of a rebuild, and where it was read from. */
interface SharedWindow {
  readonly after: LogCursor | null;
  readonly window: LogWindow;
  /** The types of the window's events: a runner that wants none of them passes over it without a look. */
  readonly types: ReadonlySet<string>;
}

const typesOf = (events: readonly RecordedEvent[]): ReadonlySet<string> => {
  const types = new Set<string>();
  for (const event of events) types.add(event.type);
  return types;
};

/** Keeps one read model up to date with the global log, and can rebuild it from position 0. */
export class ProjectionRunner {
  /**
   * Rebuilds several read models from one read of the log: each is emptied and rewound as `rebuild` does, then
   * the log is read once, window by window, and every runner applies each window's events it wants as one
   * batch, its batch and checkpoint in one transaction of its own (so each read model stays exactly-once and
   * resumes from its own checkpoint after a crash). Runners go at their own pace; the read stays at most
   * `readAhead` windows ahead of the slowest. A runner whose checkpoint another process moved meanwhile, and
   * every runner once the shared read has reached the end, finishes with its own `catchUp`. One promise per
   * runner, in the same order: the events it applied, or its error (the others go on). The secondary indexes
   * of a read model's `tables` are dropped with its reset and built again when its own rebuild ends, as in
   * `rebuild`.
   */
  static rebuildTogether(
    runners: readonly ProjectionRunner[],
    options: RebuildTogetherOptions = {},
  ): Promise<number>[] {
    const windowSize = options.window ?? 10_000;
    const readAhead = options.readAhead ?? 4;
    const page = options.page ?? 2_000;
    const store = runners[0]?.options.store;
    /** Windows each runner has still to apply; null once it has left the shared read. */
    const queues: (SharedWindow[] | null)[] = runners.map(() => []);
    let readEnded = false;
    let readFailed: unknown = null;
    /** Wakes whoever waits on the queues (a runner for a window, the read for room). */
    let waiters: (() => void)[] = [];
    const notify = (): void => {
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake();
    };
    const changed = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));

    const resets = runners.map((runner) => runner.reset());
    const rewound = Promise.all(resets);
    const read = (async () => {
      await rewound;
      let after: LogCursor | null = null;
      for (;;) {
        while (queues.some((queue) => queue !== null && queue.length >= readAhead)) await changed();
        if (queues.every((queue) => queue === null)) return;
        const events = await readWindow(store as EventStore, after, windowSize, page);
        const last = events[events.length - 1];
        if (last === undefined) return;
        const shared: SharedWindow = {
          after,
          window: { events, scanned: events.length, scannedTo: last.cursor },
          types: typesOf(events),
        };
        for (const queue of queues) queue?.push(shared);
        notify();
        after = last.cursor;
      }
    })()
      .catch((error: unknown) => {
        readFailed = error;
      })
      .finally(() => {
        readEnded = true;
        notify();
      });

    const rebuiltTogether = async (runner: ProjectionRunner, index: number): Promise<number> => {
      let applied = 0;
      try {
        await rewound;
        for (;;) {
          const queue = queues[index];
          const next = queue?.shift();
          if (queue === null || queue === undefined) break;
          if (next === undefined) {
            if (readEnded) break;
            await changed();
            continue;
          }
          notify();
          // Most read models want a few types: most windows of a city's log hold none of them.
          const window = runner.wantsAnyOf(next.types) ? next.window : { ...next.window, events: [] };
          const handled = await runner.follower.applySharedWindow(next.after, window);
          if (handled < 0) break;
          applied += handled;
        }
      } finally {
        queues[index] = null;
        notify();
      }
      await read;
      if (readFailed !== null) throw readFailed;
      await runner.follower.savePassedOver();
      return applied + (await runner.follower.catchUp());
    };
    return runners.map(async (runner, index) => {
      // A reset that failed rolled back with its indexes; one that succeeded gets them back however it ends.
      const dropped = await (resets[index] as Promise<readonly SecondaryIndex[]>);
      return restoringIndexesAfter(
        () => runner.restoreIndexes(dropped),
        () => rebuiltTogether(runner, index),
      );
    });
  }

  private readonly follower: LogFollower;

  constructor(private readonly options: ProjectionRunnerOptions) {
    const { projection } = options;
    const applyBatch = projection.applyBatch?.bind(projection);
    const { eventTypes } = projection;
    const wanted = new Set(eventTypes);
    this.follower = new LogFollower({
      name: `projection:${projection.name}`,
      store: options.store,
      db: options.db,
      checkpoints: options.checkpoints,
      handle: (event, tx) => projection.apply(event, tx),
      ...(applyBatch === undefined ? {} : { handleBatch: applyBatch }),
      ...(eventTypes === undefined
        ? {}
        : { eventTypes, wants: (event: RecordedEvent) => wanted.has(event.type) }),
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
    });
  }

  get name(): string {
    return this.options.projection.name;
  }

  /** Whether the projection takes any event of these types (one without `eventTypes` takes every event). */
  private wantsAnyOf(types: ReadonlySet<string>): boolean {
    const { eventTypes } = this.options.projection;
    return eventTypes === undefined || eventTypes.some((type) => types.has(type));
  }

  async setup(): Promise<void> {
    await this.options.checkpoints.setup(this.options.db);
    await this.options.projection.setup(this.options.db);
  }

  catchUp(): Promise<number> {
    return this.follower.catchUp();
  }

  /** Appends in this process do not wake the read model until the release (LogPollingLoop's `holdWakes`). */
  holdWakes(): () => void {
    return this.follower.holdWakes();
  }

  /**
   * Empties the read model and replays the whole log into it. The secondary indexes of the projection's
   * `tables` are dropped in the reset's transaction and built again from the catalog's definitions once the
   * replay has reached the end, or failed: the rows go in without index upkeep and each index is built once.
   */
  async rebuild(): Promise<number> {
    const dropped = await this.reset();
    return restoringIndexesAfter(
      () => this.restoreIndexes(dropped),
      () => this.follower.catchUp(),
    );
  }

  /** Empties the read model, drops its tables' secondary indexes and rewinds its checkpoint, all at once. */
  private async reset(): Promise<readonly SecondaryIndex[]> {
    const { projection } = this.options;
    let dropped: readonly SecondaryIndex[] = [];
    await this.follower.rewind(async (tx) => {
      await projection.reset(tx);
      dropped = await dropSecondaryIndexes(tx, projection.tables ?? []);
    });
    return dropped;
  }

  private restoreIndexes(dropped: readonly SecondaryIndex[]): Promise<void> {
    return restoreSecondaryIndexes(this.options.db, dropped, this.options.projection.tables ?? []);
  }

  start(): void {
    this.follower.start();
  }

  stop(): Promise<void> {
    return this.follower.stop();
  }

  status(): LogFollowerStatus {
    return this.follower.status();
  }
}
