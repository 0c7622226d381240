import { describe, expect, it } from 'vitest';
import {
  clockDue,
  extendedResolveDue,
  goesOverdueByTime,
  isOnTime,
  pausedWorkingDaysBetween,
  readClock,
  reminderDay,
  reminderOffset,
  restartedOutcomeDues,
  startedClock,
  submissionDues,
} from './clocks';
import { calendar, d, policy } from './test-setup/enterprise-request.fixtures';

describe('clocks: working-day arithmetic', () => {
  it('due = addWorkingDays(start, limit + paused): holidays skipped, 调休 days counted', () => {
    expect(clockDue(calendar, d('2025-09-30'), 3)).toBe('2025-10-11');
    expect(clockDue(calendar, d('2025-09-30'), 1, 2)).toBe('2025-10-11');
    expect(clockDue(calendar, d('2026-02-13'), 1)).toBe('2026-02-14');
    expect(clockDue(calendar, d('2026-02-14'), 1)).toBe('2026-02-24');
  });

  it('all five clocks from the submission day', () => {
    expect(submissionDues(calendar, d('2026-02-12'), policy.defaults)).toEqual({
      accept: '2026-02-13',
      reply: '2026-02-24',
      resolve: '2026-03-11',
      'report-up': '2026-02-26',
      inform: '2026-02-26',
    });
  });

  it('reopening and re-handling restart only the outcome clocks', () => {
    expect(restartedOutcomeDues(calendar, d('2025-10-30'), policy.defaults)).toEqual({
      resolve: '2025-11-20',
      'report-up': '2025-11-06',
      inform: '2025-11-06',
    });
  });

  it('the extension replaces the limit, keeping the clock’s start and paused days', () => {
    const resolve = { start: d('2025-09-29'), pausedWorkingDays: 4 };
    expect(extendedResolveDue(calendar, resolve, 30)).toBe('2025-11-21');
  });

  it('paused working days are those in (pausedOn, resumedOn]', () => {
    expect(pausedWorkingDaysBetween(calendar, d('2025-09-30'), d('2025-09-30'))).toBe(0);
    expect(pausedWorkingDaysBetween(calendar, d('2025-09-30'), d('2025-10-08'))).toBe(0);
    expect(pausedWorkingDaysBetween(calendar, d('2025-09-30'), d('2025-10-13'))).toBe(4);
    expect(pausedWorkingDaysBetween(calendar, d('2025-09-26'), d('2025-09-28'))).toBe(1);
  });

  it('the reminder comes on working day ⌈reminderAt × limit⌉, at least one working day before the due date', () => {
    expect(reminderOffset(15, 0.75)).toBe(12);
    expect(reminderOffset(10, 0.7)).toBe(7);
    expect(reminderOffset(3, 0.75)).toBe(2);
    expect(reminderOffset(1, 0.75)).toBe(0);
    expect(reminderOffset(5, 0)).toBe(0);
    expect(reminderOffset(5, 1.5)).toBe(4);
    expect(reminderDay(calendar, { start: d('2025-09-30'), limit: 15, pausedWorkingDays: 0 }, 0.75)).toBe(
      '2025-10-23',
    );
    expect(reminderDay(calendar, { start: d('2025-09-30'), limit: 15, pausedWorkingDays: 1 }, 0.75)).toBe(
      '2025-10-24',
    );
  });

  it('met on or before the due date', () => {
    expect(isOnTime(d('2025-10-28'), d('2025-10-28'))).toBe(true);
    expect(isOnTime(d('2025-10-28'), d('2025-10-29'))).toBe(false);
  });

  it('only accept, reply and resolve go overdue by time', () => {
    expect(
      ['accept', 'reply', 'resolve', 'report-up', 'inform'].map((c) => goesOverdueByTime(c as never)),
    ).toEqual([true, true, true, false, false]);
  });
});

describe('readClock: how a clock stands on a day', () => {
  const resolve = startedClock(d('2025-09-30'), 15, d('2025-10-28'));
  const reportUp = startedClock(d('2025-09-30'), 5, d('2025-10-14'));
  const read = (kind: 'resolve' | 'report-up', today: string, paused = false) =>
    readClock(calendar, kind, kind === 'resolve' ? resolve : reportUp, {
      today: d(today),
      reminderAt: 0.75,
      paused,
    });

  it('on track, approaching from the reminder day, overdue after the due date', () => {
    expect(read('resolve', '2025-10-22')).toEqual({
      clock: 'resolve',
      standing: 'on-track',
      due: '2025-10-28',
      workingDaysLeft: 4,
    });
    expect(read('resolve', '2025-10-23').standing).toBe('approaching');
    expect(read('resolve', '2025-10-28')).toMatchObject({ standing: 'approaching', workingDaysLeft: 0 });
    expect(read('resolve', '2025-10-30')).toMatchObject({ standing: 'overdue', workingDaysLeft: -2 });
  });

  it('report-up past its due date is past-due, not overdue; a paused clock stands still', () => {
    expect(read('report-up', '2025-10-15').standing).toBe('past-due');
    expect(read('resolve', '2025-10-30', true).standing).toBe('paused');
  });

  it('a stopped clock reads as it stopped', () => {
    const met = { ...resolve, status: 'met' as const, settledOn: d('2025-10-20') };
    expect(
      readClock(calendar, 'resolve', met, { today: d('2025-11-30'), reminderAt: 0.75, paused: false }),
    ).toEqual({
      clock: 'resolve',
      standing: 'met',
      due: '2025-10-28',
      workingDaysLeft: null,
    });
  });
});
