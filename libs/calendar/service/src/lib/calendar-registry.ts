import {
  SCHEDULE_REGISTRY_STREAM_ID,
  type ScheduleRegistryEvent,
  type ScheduleRegistryState,
  scheduleRegistryDecider,
} from '@qinqing/calendar/domain';
import { CachedStreamFold, type EventStore } from '@qinqing/shared/event-sourcing';
import type { ReplicatedNotices } from './replica/replicated-notices';

/**
 * Which service's calendar this is. One service owns it — the one the gateway sends `/api/calendar` to, where
 * administrators load notices, and which publishes them; every other service that counts working days is a
 * replica of it. The one-process app is the owner, with no replica.
 */
export type CalendarRole = 'owner' | 'replica';

export const CALENDAR_REGISTRY = Symbol('CalendarRegistry');

/** The notice registry's state in force, folded from wherever this service's notices are. */
export interface CalendarRegistry {
  readonly role: CalendarRole;
  current(): Promise<ScheduleRegistryState>;
  /** Keeps the state a load in this process just brought about. */
  remember(state: ScheduleRegistryState): void;
}

const fold = (events: readonly ScheduleRegistryEvent[]): ScheduleRegistryState =>
  events.reduce(scheduleRegistryDecider.evolve, scheduleRegistryDecider.initialState());

const registryEventsOf = (
  events: readonly { readonly type: string; readonly data: unknown }[],
): ScheduleRegistryEvent[] => events.map((e) => ({ type: e.type, data: e.data }) as ScheduleRegistryEvent);

/** The owner's registry: its own stream, cached and read again periodically (another process may load). */
export class OwnedCalendarRegistry implements CalendarRegistry {
  readonly role = 'owner';
  private readonly stream: CachedStreamFold<ScheduleRegistryState>;

  constructor(store: EventStore) {
    this.stream = new CachedStreamFold(store, SCHEDULE_REGISTRY_STREAM_ID, (events) =>
      fold(registryEventsOf(events)),
    );
  }

  current(): Promise<ScheduleRegistryState> {
    return this.stream.current();
  }

  remember(state: ScheduleRegistryState): void {
    this.stream.remember(state);
  }
}

/**
 * A replica's registry: the owner's notices as they arrived, folded exactly as the owner folds them, after any
 * this service's own store recorded before it became a replica. Folded again as soon as a notice arrives.
 */
export class ReplicaCalendarRegistry implements CalendarRegistry {
  readonly role = 'replica';
  private cached: { readonly arrived: number; readonly state: ScheduleRegistryState } | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly notices: ReplicatedNotices,
  ) {}

  async current(): Promise<ScheduleRegistryState> {
    const arrived = await this.notices.count();
    if (this.cached?.arrived === arrived) return this.cached.state;
    const own = registryEventsOf(await this.store.readStream(SCHEDULE_REGISTRY_STREAM_ID));
    const state = fold([...own, ...(await this.notices.events())]);
    this.cached = { arrived, state };
    return state;
  }

  remember(): void {
    throw new Error('A replica of the calendar records no notice of its own');
  }
}
