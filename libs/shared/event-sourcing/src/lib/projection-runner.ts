import { LogFollower, type LogFollowerStatus } from './log-follower';
import type { EventStore } from './event-store.port';
import type { RecordedEvent } from './envelope';
import type { CheckpointStore, Projection } from './projection';
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

/** Keeps one read model up to date with the global log, and can rebuild it from position 0. */
export class ProjectionRunner {
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

  async setup(): Promise<void> {
    await this.options.checkpoints.setup(this.options.db);
    await this.options.projection.setup(this.options.db);
  }

  catchUp(): Promise<number> {
    return this.follower.catchUp();
  }

  /** Empties the read model and replays the whole log into it. */
  async rebuild(): Promise<number> {
    await this.follower.rewind((tx) => this.options.projection.reset(tx));
    return this.follower.catchUp();
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
