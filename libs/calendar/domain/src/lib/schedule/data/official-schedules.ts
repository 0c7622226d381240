import type { HolidaySchedule } from '../holiday-schedule';
import { parseHolidaySchedule } from '../holiday-schedule.validate';
import { schedule2025Input } from './schedule-2025.data';
import { schedule2026Input } from './schedule-2026.data';

/**
 * The notices bundled with the code, validated at load. Later years arrive at run time through
 * `WorkingDayCalendar.withSchedule` when an administrator enters the new notice (published each November).
 */
export const officialHolidaySchedules: readonly HolidaySchedule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ parseHolidaySchedule(schedule2025Input),
  /* @__PURE__ */ parseHolidaySchedule(schedule2026Input),
]);
