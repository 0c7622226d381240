/**
 * Leadership of one role of one service (`qinqing.<service>.<role>`) among its replicas: at most one process
 * holds a lease at a time, the others stand by and take it over when the holder goes away. It saves work
 * (one relay, one runner of each projection, one scheduler) — correctness never rests on it: the checkpoint
 * row each follower locks and compares, and the consumers' inbox, keep a second holder during a handover
 * from applying anything twice.
 */
export interface Lease {
  /** e.g. `qinqing.appeals-service.followers`. */
  readonly name: string;
  /** Whether this process holds it now. */
  isHeld(): boolean;
  /** Called with the new state each time it is taken or lost; returns the unsubscription. */
  onChange(listener: (held: boolean) => void): () => void;
}

/** The leases of one process, on one connection or none; what `Leadership` is built from. */
export interface LeaseSet {
  /** The lease of that name; the same object each time. Ask for every lease before `start`. */
  lease(name: string): Lease;
  /** Makes the first attempt at every lease (resolves once it is decided), then keeps trying in the background. */
  start(): Promise<void>;
  /** Lets every lease go (another process takes them over at once) and stops trying. */
  stop(): Promise<void>;
}

/** Keeps the listeners of one lease and tells them of a change; shared by the adapters. */
export class LeaseState implements Lease {
  private held = false;
  private readonly listeners = new Set<(held: boolean) => void>();

  constructor(readonly name: string) {}

  isHeld(): boolean {
    return this.held;
  }

  onChange(listener: (held: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets the state; listeners hear of it only when it changed. */
  set(held: boolean): void {
    if (held === this.held) return;
    this.held = held;
    for (const listener of [...this.listeners]) listener(held);
  }
}

/**
 * The leases of a process that is alone with its data by construction: PGlite's data directory is locked to
 * one process (`openEmbeddedDatabase`), so every lease is held from `start` to `stop`.
 */
export class SingleProcessLeases implements LeaseSet {
  private readonly leases = new Map<string, LeaseState>();
  private started = false;

  lease(name: string): Lease {
    const lease = this.leases.get(name) ?? new LeaseState(name);
    this.leases.set(name, lease);
    lease.set(this.started);
    return lease;
  }

  async start(): Promise<void> {
    this.started = true;
    for (const lease of this.leases.values()) lease.set(true);
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const lease of this.leases.values()) lease.set(false);
  }
}
