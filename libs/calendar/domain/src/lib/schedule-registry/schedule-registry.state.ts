import { createOfficialWorkingDayCalendar, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import { validateHolidaySchedule } from '../schedule/holiday-schedule.validate';
import type { ScheduleRegistryEvent } from './schedule-registry.events';

/** A notice loaded before the checks of today, which they refuse: kept on record, not in force. */
export interface SetAsideNotice {
  readonly year: number;
  readonly documentNumber: string;
  readonly problems: readonly { readonly zh: string; readonly en: string }[];
}

/** The calendar in force: the schedules shipped with the code, plus every schedule loaded since. */
export interface ScheduleRegistryState {
  readonly calendar: WorkingDayCalendar;
  /**
   * Loaded notices that no longer pass validation — e.g. an incomplete one loaded before every statutory day was
   * required. They are not in force (their year counts provisionally) and administrators are told why.
   */
  readonly setAside: readonly SetAsideNotice[];
}

export const initialScheduleRegistryState = (): ScheduleRegistryState => ({
  calendar: createOfficialWorkingDayCalendar(),
  setAside: [],
});

export const evolveScheduleRegistry = (
  state: ScheduleRegistryState,
  event: ScheduleRegistryEvent,
): ScheduleRegistryState => {
  switch (event.type) {
    case 'HolidayScheduleLoaded': {
      const { schedule } = event.data;
      const validation = validateHolidaySchedule(schedule);
      if (!validation.ok) {
        return {
          ...state,
          setAside: [
            ...state.setAside.filter((notice) => notice.year !== schedule.year),
            {
              year: schedule.year,
              documentNumber: schedule.source.documentNumber,
              problems: validation.problems.map((problem) => problem.message),
            },
          ],
        };
      }
      const loaded = state.calendar.scheduleFor(schedule.year);
      try {
        return {
          calendar: state.calendar.withSchedule(schedule, { replace: loaded !== undefined }),
          setAside: state.setAside.filter((notice) => notice.year !== schedule.year),
        };
      } catch {
        // A later release may ship a newer notice for a year an administrator loaded at run time; the newer
        // notice stays in force. evolve must never throw, or the stream could not be read again.
        return state;
      }
    }
  }
};
