import { Inject, Injectable } from '@nestjs/common';
import type { CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import {
  type HolidayScheduleInput,
  SCHEDULE_REGISTRY_STREAM_ID,
  type ScheduleRegistryEvent,
  scheduleRegistryDecider,
  type WorkingDayCalendar,
} from '@qinqing/shared/working-days';

/** How long a calendar read from the store is trusted before re-reading (another process may load a year). */
const REFRESH_AFTER_MS = 10_000;

/**
 * The working-day calendar in force for every context: the notices shipped with the code plus those an
 * administrator loaded at run time (one small stream). Cached; re-read after local loads and periodically.
 */
@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingDayCalendar; readAt: number } | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
  ) {}

  async current(): Promise<WorkingDayCalendar> {
    if (this.cached !== null && Date.now() - this.cached.readAt < REFRESH_AFTER_MS)
      return this.cached.calendar;
    const events = await this.store.readStream(SCHEDULE_REGISTRY_STREAM_ID);
    const state = events.reduce(
      (s, e) => scheduleRegistryDecider.evolve(s, { type: e.type, data: e.data } as ScheduleRegistryEvent),
      scheduleRegistryDecider.initialState(),
    );
    this.cached = { calendar: state.calendar, readAt: Date.now() };
    return state.calendar;
  }

  async load(
    schedule: HolidayScheduleInput,
    replace: boolean,
    metadata: CommandMetadata,
  ): Promise<WorkingDayCalendar> {
    const result = await this.commands.handle(
      scheduleRegistryDecider,
      SCHEDULE_REGISTRY_STREAM_ID,
      { type: 'LoadHolidaySchedule', schedule, replace },
      metadata,
    );
    this.cached = { calendar: result.state.calendar, readAt: Date.now() };
    return result.state.calendar;
  }
}
