import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  fromEpochDay,
  parseCalendarDate,
  toEpochDay,
} from '../calendar-date/calendar-date';
import { createOfficialWorkingDayCalendar } from '../calendar/working-day-calendar';
import { workingDayDeadline, workingDaysElapsed, workingDaysRemaining } from './working-days-remaining';

const d = (value: string): CalendarDate => parseCalendarDate(value);
const calendar = createOfficialWorkingDayCalendar();

describe('deadline helpers', () => {
  describe('given a request received on 30 September 2025 with a 3-working-day reply limit', () => {
    const received = d('2025-09-30');
    const deadline = workingDayDeadline(calendar, received, 3);

    it('then the reply is due on make-up Saturday 11 October', () => {
      expect(deadline).toBe('2025-10-11');
    });

    it('when seen on the day it arrived, then 3 working days remain, and still 3 during the holiday', () => {
      expect(workingDaysRemaining(calendar, deadline, received)).toBe(3);
      expect(workingDaysRemaining(calendar, deadline, d('2025-10-05'))).toBe(3);
    });

    it('when seen on the deadline, then 0 remain', () => {
      expect(workingDaysRemaining(calendar, deadline, deadline)).toBe(0);
    });

    it('when seen afterwards, then it is overdue by the working days since, Sunday not counted', () => {
      expect(workingDaysRemaining(calendar, deadline, d('2025-10-12'))).toBe(0);
      expect(workingDaysRemaining(calendar, deadline, d('2025-10-13'))).toBe(-1);
      expect(workingDaysRemaining(calendar, deadline, d('2025-10-15'))).toBe(-3);
    });

    it('when seen on 10 October, then 1 working day has been used and 1 remains', () => {
      expect(workingDaysElapsed(calendar, received, d('2025-10-10'))).toBe(2);
      expect(workingDaysRemaining(calendar, deadline, d('2025-10-10'))).toBe(1);
    });
  });

  it('elapsed plus remaining is the limit, on any day up to the deadline', () => {
    const start = fc
      .integer({ min: toEpochDay(d('2025-01-01')), max: toEpochDay(d('2026-10-31')) })
      .map(fromEpochDay);
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 30 }), fc.nat(60), (received, limit, offset) => {
        const deadline = workingDayDeadline(calendar, received, limit);
        const asOf = addDays(received, offset);
        fc.pre(asOf <= deadline);
        expect(
          workingDaysElapsed(calendar, received, asOf) + workingDaysRemaining(calendar, deadline, asOf),
        ).toBe(limit);
      }),
    );
  });

  it('remaining is never positive once the deadline has passed', () => {
    const day = fc
      .integer({ min: toEpochDay(d('2025-01-01')), max: toEpochDay(d('2026-12-31')) })
      .map(fromEpochDay);
    fc.assert(
      fc.property(day, day, (deadline, asOf) => {
        fc.pre(asOf > deadline);
        expect(workingDaysRemaining(calendar, deadline, asOf)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
