import type { LogCursor, RecordedEvent } from './envelope';
import type { SqlExecutor } from './sql.port';

/**
 * A read model fed from the global log. `apply` runs inside the transaction that also stores the
 * checkpoint, so each event's effect is committed exactly once.
 */
export interface Projection {
  readonly name: string;
  /** Event types `apply` needs; the others only move the checkpoint. Absent: every event. */
  readonly eventTypes?: readonly string[];
  /** Creates the read model's tables; must be safe to run at every start. */
  setup(db: SqlExecutor): Promise<void>;
  apply(event: RecordedEvent, tx: SqlExecutor): Promise<void>;
  /**
   * Optional: applies a batch of the events `apply` takes (in log order, all in one transaction) with the
   * same effect as `apply` on each in turn, in fewer statements — what makes a catch-up or a rebuild of a
   * busy read model fast. The runner uses it when present.
   */
  applyBatch?(events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void>;
  /** Empties the read model before a rebuild from position 0. */
  reset(tx: SqlExecutor): Promise<void>;
  /**
   * Optional: the tables `reset` empties. A rebuild drops their secondary indexes with the reset and builds
   * them again once it has reached the end (see `ProjectionRunner.rebuild`); `setup` must create every such
   * index with CREATE INDEX IF NOT EXISTS, so a start after a rebuild cut short brings them back.
   */
  readonly tables?: readonly string[];
}

/** Where each follower of the global log has got to; written inside the follower's transaction. */
export interface CheckpointStore {
  setup(db: SqlExecutor): Promise<void>;
  /** Loads the checkpoint and locks it until the transaction ends. */
  loadForUpdate(tx: SqlExecutor, name: string): Promise<LogCursor | null>;
  save(tx: SqlExecutor, name: string, cursor: LogCursor | null): Promise<void>;
}
