import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../calendar-date/calendar-date';
import { ScheduleNotLoadedError } from '../calendar/schedule-not-loaded.error';
import type { HolidayScheduleInput } from '../schedule/holiday-schedule';
import { officialHolidaySchedules } from '../schedule/data/official-schedules';
import { scheduleRegistryDecider } from './schedule-registry.decide';
import type { ScheduleRegistryEvent } from './schedule-registry.events';
import { evolveScheduleRegistry, initialScheduleRegistryState } from './schedule-registry.state';

/** A plausible 2027 notice, for the tests only (the real one is published in November 2026). */
const schedule2027: HolidayScheduleInput = {
  year: 2027,
  source: { title: '测试用2027年节假日安排', documentNumber: '测试〔2026〕1号', publishedOn: '2026-11-10' },
  holidays: [{ name: '元旦', dates: ['2027-01-01', '2027-01-02', '2027-01-03'] }],
  makeUpWorkingDays: [],
};

const given = deciderSpecification(scheduleRegistryDecider, { now: new Date('2026-11-20T02:00:00Z') });
const loaded2027: ScheduleRegistryEvent = {
  type: 'HolidayScheduleLoaded',
  data: { schedule: schedule2027, replaced: false },
};

describe('holiday schedule registry', () => {
  it('loads next year’s schedule', () => {
    given([])
      .when({ type: 'LoadHolidaySchedule', schedule: schedule2027, replace: false })
      .then([loaded2027]);
  });

  it('makes the loaded year computable, which it was not before', () => {
    const before = initialScheduleRegistryState();
    expect(() => before.calendar.addWorkingDays(parseCalendarDate('2026-12-31'), 1)).toThrow(
      ScheduleNotLoadedError,
    );
    const after = evolveScheduleRegistry(before, loaded2027);
    expect(after.calendar.addWorkingDays(parseCalendarDate('2026-12-31'), 1)).toBe('2027-01-04');
  });

  it('refuses to overwrite a loaded year without an explicit replacement', () => {
    given([loaded2027])
      .when({
        type: 'LoadHolidaySchedule',
        schedule: { ...schedule2027, makeUpWorkingDays: ['2027-01-09'] },
        replace: false,
      })
      .thenRejects('schedule-already-loaded', 'conflict');
  });

  it('does nothing when the same notice is loaded again', () => {
    given([loaded2027])
      .when({ type: 'LoadHolidaySchedule', schedule: schedule2027, replace: false })
      .then([]);
    const official2026 = officialHolidaySchedules.find((s) => s.year === 2026);
    if (official2026 === undefined) throw new Error('2026 ships with the code');
    given([]).when({ type: 'LoadHolidaySchedule', schedule: official2026, replace: false }).then([]);
  });

  it('refuses an invalid schedule, naming the problem in both languages', () => {
    given([])
      .when({
        type: 'LoadHolidaySchedule',
        schedule: { ...schedule2027, makeUpWorkingDays: ['2027-01-06'] },
        replace: false,
      })
      .thenRejects('invalid-holiday-schedule', 'validation');
  });
});
