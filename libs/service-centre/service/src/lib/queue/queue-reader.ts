import { Inject, Injectable } from '@nestjs/common';
import { chinaDateOf } from '@qinqing/calendar/domain';
import {
  type QueueDayEvent,
  queueDayDecider,
  type QueueDayState,
  queueDayStreamId,
  type QueueSetupEvent,
  queueSetupDecider,
  type QueueSetupState,
  queueSetupStreamId,
} from '@qinqing/service-centre/domain';
import { foldEvents } from '@qinqing/shared/domain-kernel';
import type { Clock, EventStore, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { CLOCK, EVENT_STORE } from '@qinqing/shared/nest-platform';

const domainEvents = <Event>(recorded: readonly RecordedEvent[]): Event[] =>
  recorded.map((e) => ({ type: e.type, data: e.data }) as Event);

/**
 * A centre's queue as its own streams say it, read and folded now: the set-up (a few dozen events) and one
 * day (one visit is a handful of events, so a busy day is a few thousand at most). The counter screen and the
 * hall display read it here rather than from a projection, so a call shows the moment it is appended.
 */
@Injectable()
export class QueueReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The China-local day now: the queue stream commands go to. */
  today(): string {
    return chinaDateOf(this.clock.now());
  }

  async setup(centreId: string): Promise<QueueSetupState> {
    const events = await this.store.readStream(queueSetupStreamId(centreId));
    return foldEvents(queueSetupDecider, domainEvents<QueueSetupEvent>(events));
  }

  async day(centreId: string, day: string): Promise<QueueDayState> {
    const events = await this.store.readStream(queueDayStreamId(centreId, day));
    return foldEvents(queueDayDecider, domainEvents<QueueDayEvent>(events));
  }
}
