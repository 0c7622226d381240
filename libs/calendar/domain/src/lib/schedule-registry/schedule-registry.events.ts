import type { HolidayScheduleInput } from '../schedule/holiday-schedule';

/** An administrator loaded a year's holiday notice (each November the State Council publishes the next year's). */
export type HolidayScheduleLoaded = {
  readonly type: 'HolidayScheduleLoaded';
  readonly data: { readonly schedule: HolidayScheduleInput; readonly replaced: boolean };
};

export type ScheduleRegistryEvent = HolidayScheduleLoaded;
