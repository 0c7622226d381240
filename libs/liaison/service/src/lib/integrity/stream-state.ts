import type { Decider, DomainEvent } from '@qinqing/shared/domain-kernel';
import type { EventStore } from '@qinqing/shared/event-sourcing';

/** The folded state of one short stream (settings, one official's declarations), read for a query. */
export const streamState = async <Event extends DomainEvent, State>(
  store: EventStore,
  decider: Pick<Decider<never, Event, State>, 'initialState' | 'evolve'>,
  streamId: string,
): Promise<State> =>
  (await store.readStream(streamId)).reduce(
    (state, e) => decider.evolve(state, { type: e.type, data: e.data } as Event),
    decider.initialState(),
  );
