import type { RecordedEvent } from './envelope';
import type { EventStore } from './event-store.port';

/**
 * The folded state of one small, rarely changing stream (reference data such as the holiday calendar or
 * a policy), read again once it is older than `maxAgeMs` — another process may have appended — and
 * replaced at once by the process that changed it.
 */
export class CachedStreamFold<State> {
  private cached: { state: State; readAt: number } | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly streamId: string,
    private readonly fold: (events: readonly RecordedEvent[]) => State,
    private readonly maxAgeMs = 10_000,
  ) {}

  async current(): Promise<State> {
    if (this.cached !== null && Date.now() - this.cached.readAt < this.maxAgeMs) return this.cached.state;
    const state = this.fold(await this.store.readStream(this.streamId));
    this.cached = { state, readAt: Date.now() };
    return state;
  }

  /** Keeps the state this process just brought about by a command on the stream. */
  remember(state: State): void {
    this.cached = { state, readAt: Date.now() };
  }
}
