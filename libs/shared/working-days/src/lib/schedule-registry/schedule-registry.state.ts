import { createOfficialWorkingDayCalendar, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { ScheduleRegistryEvent } from './schedule-registry.events';

/** The calendar in force: the schedules shipped with the code, plus every schedule loaded since. */
export interface ScheduleRegistryState {
  readonly calendar: WorkingDayCalendar;
}

export const initialScheduleRegistryState = (): ScheduleRegistryState => ({
  calendar: createOfficialWorkingDayCalendar(),
});

export const evolveScheduleRegistry = (
  state: ScheduleRegistryState,
  event: ScheduleRegistryEvent,
): ScheduleRegistryState => {
  switch (event.type) {
    case 'HolidayScheduleLoaded': {
      const loaded = state.calendar.scheduleFor(event.data.schedule.year);
      try {
        return {
          calendar: state.calendar.withSchedule(event.data.schedule, { replace: loaded !== undefined }),
        };
      } catch {
        // A later release may ship a newer notice for a year an administrator loaded at run time; the newer
        // notice stays in force. evolve must never throw, or the stream could not be read again.
        return state;
      }
    }
  }
};
