import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import type { CentreLevel, QueueSetupEvent } from './queue-setup.events';

export interface QueueService {
  readonly serviceId: string;
  readonly name: LocalizedMessage;
  readonly prefix: string;
  readonly active: boolean;
}

export interface QueueCounter {
  readonly counterId: string;
  readonly name: LocalizedMessage;
  readonly serviceIds: readonly string[];
  readonly open: boolean;
}

/** A centre's queue set-up: its services and counters, in the order they were first set. */
export interface QueueSetupState {
  readonly services: readonly QueueService[];
  readonly counters: readonly QueueCounter[];
  /** The centre's level and county, once set. */
  readonly area: { readonly level: CentreLevel; readonly areaCode: string } | null;
}

export const initialQueueSetupState = (): QueueSetupState => ({ services: [], counters: [], area: null });

const upsert = <T>(items: readonly T[], item: T, same: (a: T) => boolean): T[] =>
  items.some(same) ? items.map((a) => (same(a) ? item : a)) : [...items, item];

export const evolveQueueSetup = (state: QueueSetupState, event: QueueSetupEvent): QueueSetupState => {
  switch (event.type) {
    case 'QueueServiceSet': {
      const { serviceId, name, prefix, active } = event.data;
      return {
        ...state,
        services: upsert(
          state.services,
          { serviceId, name, prefix, active },
          (s) => s.serviceId === serviceId,
        ),
      };
    }
    case 'QueueCounterSet': {
      const { counterId, name, serviceIds, open } = event.data;
      return {
        ...state,
        counters: upsert(
          state.counters,
          { counterId, name, serviceIds, open },
          (c) => c.counterId === counterId,
        ),
      };
    }
    case 'CentreAreaSet':
      return { ...state, area: { level: event.data.level, areaCode: event.data.areaCode } };
    default:
      return state;
  }
};
