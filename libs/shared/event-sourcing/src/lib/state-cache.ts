/** A stream's folded state and the revision it was folded up to. */
export interface CachedStreamState<State> {
  readonly revision: number;
  readonly state: State;
}

/**
 * The folded state of recently used streams, per decider, least recently used dropped first. It only
 * saves the read: the command handler appends with the cached revision as the expected revision, so a
 * stale entry (another process wrote to the stream) fails the append and is replaced by a fresh read.
 * Sound because `evolve` never mutates the state it is given (deciders are pure).
 */
export class StateCache {
  private readonly byDecider = new WeakMap<object, Map<string, CachedStreamState<unknown>>>();

  constructor(private readonly capacityPerDecider: number) {}

  get<State>(decider: object, streamId: string): CachedStreamState<State> | undefined {
    const states = this.byDecider.get(decider);
    const entry = states?.get(streamId);
    if (states === undefined || entry === undefined) return undefined;
    states.delete(streamId);
    states.set(streamId, entry);
    return entry as CachedStreamState<State>;
  }

  remember<State>(decider: object, streamId: string, entry: CachedStreamState<State>): void {
    if (this.capacityPerDecider <= 0) return;
    let states = this.byDecider.get(decider);
    if (states === undefined) {
      states = new Map();
      this.byDecider.set(decider, states);
    }
    states.delete(streamId);
    states.set(streamId, entry);
    if (states.size > this.capacityPerDecider) states.delete(states.keys().next().value as string);
  }

  forget(decider: object, streamId: string): void {
    this.byDecider.get(decider)?.delete(streamId);
  }
}
