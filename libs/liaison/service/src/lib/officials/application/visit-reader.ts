import { type VisitEvent, type VisitLogged, visitDecider, visitStreamId } from '@qinqing/liaison/domain';
import type { EventStore } from '@qinqing/shared/event-sourcing';

/** A logged visit as its stream tells it, or null when no visit has that id. */
export const readVisit = async (store: EventStore, visitId: string): Promise<VisitLogged['data'] | null> => {
  const events = await store.readStream(visitStreamId(visitId));
  const state = events.reduce(
    (s, e) => visitDecider.evolve(s, { type: e.type, data: e.data } as VisitEvent),
    visitDecider.initialState(),
  );
  return state.status === 'logged' ? state.visit : null;
};
