import { Inject, Injectable } from '@nestjs/common';
import {
  CachedStreamFold,
  type CommandHandler,
  type CommandMetadata,
  type EventStore,
} from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import {
  type HolidayScheduleInput,
  SCHEDULE_REGISTRY_STREAM_ID,
  type ScheduleRegistryEvent,
  scheduleRegistryDecider,
  type WorkingDayCalendar,
} from '@qinqing/shared/working-days';

/**
 * The working-day calendar in force for every context: the notices shipped with the code plus those an
 * administrator loaded at run time (one small stream), cached and re-read periodically.
 */
@Injectable()
export class CalendarService {
  private readonly calendar: CachedStreamFold<WorkingDayCalendar>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
  ) {
    this.calendar = new CachedStreamFold(
      store,
      SCHEDULE_REGISTRY_STREAM_ID,
      (events) =>
        events.reduce(
          (s, e) =>
            scheduleRegistryDecider.evolve(s, { type: e.type, data: e.data } as ScheduleRegistryEvent),
          scheduleRegistryDecider.initialState(),
        ).calendar,
    );
  }

  current(): Promise<WorkingDayCalendar> {
    return this.calendar.current();
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
    this.calendar.remember(result.state.calendar);
    return result.state.calendar;
  }
}
