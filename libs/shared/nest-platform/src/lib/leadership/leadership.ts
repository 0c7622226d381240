import { type Lease, type LeaseSet, SingleProcessLeases } from '@qinqing/shared/event-sourcing';
import {
  holdStartupLock,
  PostgresAdvisoryLeases,
  type StartupLock,
} from '@qinqing/shared/event-store-postgres';
import type { EventSourcingOptions, StorageOptions } from '../event-sourcing/event-sourcing.options';

/** What holds a lease: the log followers (projections, the relay) or the schedulers' timers. */
export type LeaseRole = 'followers' | 'schedulers';

export interface LeaseStatus {
  readonly role: LeaseRole;
  readonly name: string;
  readonly held: boolean;
}

/**
 * Which of a service's replicas does the work only one should do. Two leases, so the replicas can share it:
 * `followers` — projections and the relay of its public events (`EventSourcingHost`) — and `schedulers` —
 * every `PeriodicPass` timer. A standby serves HTTP and runs its Kafka consumers (the consumer groups share
 * the partitions among replicas) and takes a lease over within seconds of the holder's end. On PostgreSQL
 * they are advisory locks on one connection of their own; on PGlite, whose data directory only one process
 * can open, they are always held.
 */
export class Leadership {
  readonly followers: Lease;
  readonly schedulers: Lease;
  private starting: Promise<void> | null = null;

  constructor(
    private readonly leases: LeaseSet,
    /** The service whose replicas compete, e.g. "appeals-service": leases `qinqing.<service>.<role>`. */
    readonly service: string,
  ) {
    this.followers = leases.lease(leaseName(service, 'followers'));
    this.schedulers = leases.lease(leaseName(service, 'schedulers'));
  }

  /** The first attempt at every lease; once, however often it is called. */
  start(): Promise<void> {
    this.starting ??= this.leases.start();
    return this.starting;
  }

  /** Lets the leases go: another replica takes them on its next try. */
  stop(): Promise<void> {
    return this.leases.stop();
  }

  status(): readonly LeaseStatus[] {
    return [
      { role: 'followers', name: this.followers.name, held: this.followers.isHeld() },
      { role: 'schedulers', name: this.schedulers.name, held: this.schedulers.isHeld() },
    ];
  }
}

export const leaseName = (service: string, role: LeaseRole): string => `qinqing.${service}.${role}`;

/** The SQL database the followers' checkpoints live in, when it is a PostgreSQL server others share. */
const sharedDatabaseUrl = (storage: StorageOptions): string | null => {
  switch (storage.eventStore) {
    case 'pglite':
      return null;
    case 'postgres':
      return storage.databaseUrl;
    case 'kurrentdb':
      return 'databaseUrl' in storage.readModels ? storage.readModels.databaseUrl : null;
  }
};

/** Whose replicas compete: the service's name on Kafka, the one-process app otherwise. */
const serviceOf = (options: EventSourcingOptions): string =>
  options.messaging?.bus === 'kafka' ? options.messaging.serviceName : 'platform';

/** The leadership the configuration calls for; `onError` hears of a lease lost with its connection. */
export const leadershipFor = (
  options: EventSourcingOptions,
  onError: (error: unknown) => void,
): Leadership => {
  const url = sharedDatabaseUrl(options.storage);
  return new Leadership(
    url === null ? new SingleProcessLeases() : new PostgresAdvisoryLeases({ connectionString: url, onError }),
    serviceOf(options),
  );
};

/**
 * This replica's turn to create its tables, `qinqing.<service>.startup` (`holdStartupLock`); with one process
 * (PGlite) there is nobody to wait for.
 */
export const startupLockFor = (options: EventSourcingOptions): Promise<StartupLock> => {
  const url = sharedDatabaseUrl(options.storage);
  return url === null
    ? Promise.resolve({ release: async () => undefined })
    : holdStartupLock(url, `qinqing.${serviceOf(options)}.startup`);
};
