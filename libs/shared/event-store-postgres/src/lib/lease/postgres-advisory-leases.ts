import { type Lease, type LeaseSet, LeaseState } from '@qinqing/shared/event-sourcing';
import pg from 'pg';

export interface PostgresAdvisoryLeasesOptions {
  /** The service's own database: advisory locks are per database. */
  readonly connectionString: string;
  /** How often a standby tries to take what it lacks and the holder checks its connection; default 2 s. */
  readonly intervalMs?: number;
  /**
   * How long connecting or a check may take before the connection counts as lost; default 5 s — longer than a
   * round, so a pause of this process's event loop (a long GC) does not cost the holder its leases.
   */
  readonly timeoutMs?: number;
  /** A lease lost with its connection, or a connection that cannot be made (reported once until one works). */
  readonly onError?: (error: unknown) => void;
}

/**
 * The server probes an idle lease connection after 2 s of silence, every second, and gives up after 3 missed
 * answers (or 5 s of unacknowledged data): a holder whose machine died or dropped off the network leaves its
 * session, and so its locks, within about 5 s instead of the kernel's default of hours.
 */
const SERVER_KEEPALIVE =
  'SET tcp_keepalives_idle = 2; SET tcp_keepalives_interval = 1; SET tcp_keepalives_count = 3; ' +
  'SET tcp_user_timeout = 5000';

const DEFAULT_INTERVAL_MS = 2_000;
const DEFAULT_TIMEOUT_MS = 5_000;

/** `pg_try_advisory_lock` of each name (as one 64-bit key) this session does not hold yet. */
const TRY_LOCKS = `SELECT name, pg_try_advisory_lock(hashtextextended(name, 0)) AS locked
  FROM unnest($1::text[]) AS name`;

const withTimeout = async <T>(work: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * Leases as session-level PostgreSQL advisory locks (`pg_try_advisory_lock`), all on one connection of their
 * own — never a pooled one, which would hand the session, and the locks, to whoever borrows it next. Every
 * `intervalMs` the set tries to take the leases it lacks, which is also the holder's health check (with none
 * lacking, a `SELECT 1`). A connection that fails, ends, is terminated (`pg_terminate_backend`) or does not
 * answer within `timeoutMs` loses every lease at once: its listeners stop the work, and after sitting out a
 * round (so a standby that stayed healthy takes over) it connects again and competes like any standby. The
 * server drops the locks when the session ends — at once for a process that exits or is killed (its socket
 * closes), within about 5 s for a machine that vanished (`SERVER_KEEPALIVE`) — so a standby holds them a
 * round later.
 */
export class PostgresAdvisoryLeases implements LeaseSet {
  private readonly leases = new Map<string, LeaseState>();
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> = Promise.resolve();
  private running = false;
  private failing = false;
  /** After losing its leases this replica sits out a round: a standby that stayed healthy goes first. */
  private restingUntil = 0;

  constructor(private readonly options: PostgresAdvisoryLeasesOptions) {}

  lease(name: string): Lease {
    const lease = this.leases.get(name) ?? new LeaseState(name);
    this.leases.set(name, lease);
    return lease;
  }

  /** The server process of the lease connection (`pg_stat_activity.pid`), null while there is none. */
  serverProcessId(): number | null {
    return this.client === null
      ? null
      : ((this.client as unknown as { processID?: number }).processID ?? null);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.nextRound();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.round;
    const client = this.client;
    this.client = null;
    // Ending the session releases its advisory locks; a standby takes them on its next round.
    if (client !== null)
      await withTimeout(client.end(), this.timeoutMs, 'Closing the lease connection').catch(() => undefined);
    for (const lease of this.leases.values()) lease.set(false);
  }

  private get intervalMs(): number {
    return this.options.intervalMs ?? DEFAULT_INTERVAL_MS;
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private nextRound(): Promise<void> {
    this.round = this.round.then(() => this.tryRound());
    return this.round.then(() => this.schedule());
  }

  private schedule(): void {
    if (!this.running || this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.nextRound();
    }, this.intervalMs);
    this.timer.unref();
  }

  /** One round: connect if needed, take what is free, check the connection; never throws. */
  private async tryRound(): Promise<void> {
    if (!this.running || (this.client === null && Date.now() < this.restingUntil)) return;
    try {
      const client = this.client ?? (await this.connect());
      const lacking = [...this.leases.values()].filter((lease) => !lease.isHeld()).map((lease) => lease.name);
      if (lacking.length === 0) {
        await withTimeout(client.query('SELECT 1'), this.timeoutMs, 'The lease connection check');
      } else {
        const { rows } = await withTimeout(
          client.query<{ name: string; locked: boolean }>(TRY_LOCKS, [lacking]),
          this.timeoutMs,
          'Trying the leases',
        );
        // Taken only while this connection is still the current one: a loss meanwhile has cleared it.
        if (this.client !== client || !this.running) return;
        for (const row of rows) if (row.locked) this.leases.get(row.name)?.set(true);
      }
      this.failing = false;
    } catch (error) {
      if (this.client !== null) this.lose(this.client, error);
      else if (!this.failing) this.options.onError?.(error);
      this.failing = true;
    }
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: 'qinqing-lease',
      keepAlive: true,
      keepAliveInitialDelayMillis: 1_000,
      connectionTimeoutMillis: this.timeoutMs,
    });
    // An error or end at any time (terminated, server restart, network) loses the leases at once.
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('The lease connection ended')));
    try {
      await withTimeout(client.connect(), this.timeoutMs, 'Connecting for the leases');
      await withTimeout(client.query(SERVER_KEEPALIVE), this.timeoutMs, 'Setting up the lease connection');
    } catch (error) {
      client.removeAllListeners('end');
      void client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }

  private lose(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners('end');
    // Not awaited: on a dead network ending waits for TCP. Nothing more is sent on it.
    void client.end().catch(() => undefined);
    const held = [...this.leases.values()].filter((lease) => lease.isHeld());
    if (held.length > 0) this.restingUntil = Date.now() + 2 * this.intervalMs;
    if (held.length > 0 && this.running) this.options.onError?.(error);
    for (const lease of held) lease.set(false);
  }
}
