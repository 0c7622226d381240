import type { Clock } from '@qinqing/shared/event-sourcing';

/** Where events and read models live; chosen by each app's configuration. */
export type StorageOptions =
  | { readonly eventStore: 'pglite'; readonly dataDir: string }
  | { readonly eventStore: 'postgres'; readonly databaseUrl: string }
  | {
      readonly eventStore: 'kurrentdb';
      readonly kurrentDbConnectionString: string;
      /** Read models, checkpoints and the inbox stay in SQL next to KurrentDB. */
      readonly readModels: { readonly dataDir: string } | { readonly databaseUrl: string };
    };

export interface EventSourcingOptions {
  readonly storage: StorageOptions;
  /** How often followers poll the log for appends made by other processes. */
  readonly pollIntervalMs?: number;
  /** The clock every command and scheduler reads; tests pass a ManualClock. Defaults to the system clock. */
  readonly clock?: Clock;
}
