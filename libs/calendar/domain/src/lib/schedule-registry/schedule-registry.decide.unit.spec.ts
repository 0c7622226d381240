import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../calendar-date/calendar-date';
import type { HolidayScheduleInput } from '../schedule/holiday-schedule';
import { officialHolidaySchedules } from '../schedule/data/official-schedules';
import { completeTestNotice } from '../../test-setup/complete-notice';
import { scheduleRegistryDecider } from './schedule-registry.decide';
import type { ScheduleRegistryEvent } from './schedule-registry.events';
import { evolveScheduleRegistry, initialScheduleRegistryState } from './schedule-registry.state';

/** A complete 2027 notice for the tests only: the statutory days and their weekends, no bridges. */
const schedule2027: HolidayScheduleInput = completeTestNotice(2027);

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

  it('makes the loaded year official, which was provisional before', () => {
    const before = initialScheduleRegistryState();
    expect(before.calendar.isProvisionalYear(2027)).toBe(true);
    const after = evolveScheduleRegistry(before, loaded2027);
    expect(after.calendar.isProvisionalYear(2027)).toBe(false);
    expect(after.calendar.addWorkingDays(parseCalendarDate('2026-12-31'), 1)).toBe('2027-01-04');
    expect(
      after.calendar.provisionalYearsIn(parseCalendarDate('2027-01-01'), parseCalendarDate('2027-01-04')),
    ).toEqual([]);
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

  it('sets aside a notice stored before the statutory checks that fails them, and says why', () => {
    // The console once pre-filled a 2027 "template" with only 元旦; one loaded then stays on record, not in force.
    const template: ScheduleRegistryEvent = {
      type: 'HolidayScheduleLoaded',
      data: {
        schedule: { ...schedule2027, holidays: schedule2027.holidays.filter((h) => h.name === '元旦') },
        replaced: false,
      },
    };
    const state = evolveScheduleRegistry(initialScheduleRegistryState(), template);
    expect(state.calendar.isProvisionalYear(2027)).toBe(true);
    expect(state.setAside).toEqual([
      {
        year: 2027,
        documentNumber: schedule2027.source.documentNumber,
        problems: expect.arrayContaining([
          { zh: expect.stringContaining('缺少「春节」'), en: expect.any(String) },
        ]),
      },
    ]);
    // Loading a valid notice for the year puts it in force and clears the record.
    expect(evolveScheduleRegistry(state, loaded2027)).toMatchObject({ setAside: [] });
    given([template])
      .when({ type: 'LoadHolidaySchedule', schedule: schedule2027, replace: false })
      .then([loaded2027]);
  });

  it('refuses an invalid schedule, naming the problem in both languages', () => {
    given([])
      .when({
        type: 'LoadHolidaySchedule',
        schedule: { ...schedule2027, makeUpWorkingDays: ['2027-01-06'] },
        replace: false,
      })
      .thenRejects('invalid-holiday-schedule', 'validation');
    given([])
      .when({
        type: 'LoadHolidaySchedule',
        schedule: { ...schedule2027, holidays: schedule2027.holidays.filter((h) => h.name !== '中秋节') },
        replace: false,
      })
      .thenRejects('invalid-holiday-schedule', 'validation');
  });
});
