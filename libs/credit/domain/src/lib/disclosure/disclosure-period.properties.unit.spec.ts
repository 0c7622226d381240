import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  daysInMonth,
  formatCalendarDate,
  nextDay,
  parseCalendarDate,
} from './calendar-date';
import { DISCLOSURE_PERIODS, disclosurePeriod, SEVERITIES } from './disclosure-period';

const calendarDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }): CalendarDate => ({
    year,
    month,
    day: Math.min(day, daysInMonth(year, month)),
  }));

/** Month ends and leap days are where period arithmetic goes wrong: draw them often. */
const edgeDate = fc.oneof(
  calendarDate,
  calendarDate.map(({ year, month }) => ({ year, month, day: daysInMonth(year, month) })),
  fc
    .integer({ min: 475, max: 550 })
    .map((n): CalendarDate => ({ year: n * 4, month: 2, day: daysInMonth(n * 4, 2) })),
);

const period = (severity: string, date: CalendarDate) => {
  const answer = disclosurePeriod(severity, formatCalendarDate(date));
  if (!answer.ok) throw new Error(answer.error.message.en);
  return answer.period;
};

/** The end of `months` months after `start` by 民法典 202, written out independently of the code under test. */
const expectedEnd = (start: CalendarDate, months: number): string => {
  const year = start.year + Math.floor((start.month - 1 + months) / 12);
  const month = ((start.month - 1 + months) % 12) + 1;
  return formatCalendarDate({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
};

describe('disclosure period properties', () => {
  it('every severity, every date: the ends are 民法典 202’s corresponding day (or the month’s last), repair the day after the minimum', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEVERITIES), edgeDate, (severity, decided) => {
        const answer = period(severity, decided);
        const months = DISCLOSURE_PERIODS[severity];
        if (months === null) {
          expect(answer).toEqual({
            published: false,
            minimumEnds: null,
            repairableFrom: formatCalendarDate(decided),
            publicUntil: null,
          });
          return;
        }
        expect(answer.published).toBe(true);
        expect(answer.minimumEnds).toBe(expectedEnd(decided, months.minimumMonths));
        expect(answer.publicUntil).toBe(expectedEnd(decided, months.maximumMonths));
        const minimumEnds = parseCalendarDate(answer.minimumEnds ?? '');
        expect(minimumEnds).not.toBeNull();
        if (minimumEnds !== null)
          expect(answer.repairableFrom).toBe(formatCalendarDate(nextDay(minimumEnds)));
        expect(formatCalendarDate(decided) < (answer.minimumEnds ?? '')).toBe(true);
        expect((answer.minimumEnds ?? '') < (answer.publicUntil ?? '')).toBe(true);
      }),
    );
  });

  it('the end keeps the decision’s day number unless the end month is too short, then it is that month’s last day', () => {
    fc.assert(
      fc.property(fc.constantFrom('general', 'serious'), edgeDate, (severity, decided) => {
        for (const end of [period(severity, decided).minimumEnds, period(severity, decided).publicUntil]) {
          const date = parseCalendarDate(end ?? '');
          expect(date).not.toBeNull();
          if (date === null) return;
          if (decided.day <= daysInMonth(date.year, date.month)) expect(date.day).toBe(decided.day);
          else expect(date.day).toBe(daysInMonth(date.year, date.month));
        }
      }),
    );
  });

  it('a later decision never ends earlier', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEVERITIES), calendarDate, calendarDate, (severity, a, b) => {
        const [first, second] = formatCalendarDate(a) <= formatCalendarDate(b) ? [a, b] : [b, a];
        const [p, q] = [period(severity, first), period(severity, second)];
        expect(p.repairableFrom <= q.repairableFrom).toBe(true);
        expect((p.publicUntil ?? '') <= (q.publicUntil ?? '')).toBe(true);
      }),
    );
  });

  it('every existing date parses back to itself, and the day after a month’s last day is the next month’s first', () => {
    fc.assert(
      fc.property(edgeDate, (date) => {
        expect(parseCalendarDate(formatCalendarDate(date))).toEqual(date);
        const next = nextDay(date);
        if (date.day === daysInMonth(date.year, date.month)) expect(next.day).toBe(1);
        else expect(next).toEqual({ ...date, day: date.day + 1 });
      }),
    );
  });
});
