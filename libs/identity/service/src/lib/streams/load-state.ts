import type { Decider, DomainEvent } from '@qinqing/shared/domain-kernel';
import type { EventStore } from '@qinqing/shared/event-sourcing';

/**
 * An aggregate's current state folded from its stream: what login and the existence checks read, so
 * they never depend on a read model catching up.
 */
export const loadState = async <Event extends DomainEvent, State>(
  store: EventStore,
  decider: Pick<Decider<never, Event, State>, 'initialState' | 'evolve'>,
  streamId: string,
): Promise<State> => {
  const events = await store.readStream(streamId);
  return events.reduce(
    (state, event) => decider.evolve(state, { type: event.type, data: event.data } as Event),
    decider.initialState(),
  );
};
