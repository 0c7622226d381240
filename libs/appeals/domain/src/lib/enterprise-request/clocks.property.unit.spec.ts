import {
  addDays,
  type CalendarDate,
  dateRange,
  isWeekend,
  officialHolidaySchedules,
} from '@qinqing/calendar/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_KINDS, clockLimit, type ClockLimits } from '../values/clock-policy';
import { goesOverdueByTime } from './clocks';
import type { EnterpriseRequestCommand } from './enterprise-request.commands';
import { decide } from './enterprise-request.decide';
import type { EnterpriseRequestEvent } from './enterprise-request.events';
import { evolve, initialState } from './enterprise-request.state';
import { dateBetween } from './test-setup/enterprise-request.arbitraries';
import {
  acceptBy,
  calendar,
  DEPARTMENT,
  handOff,
  missed,
  on,
  play,
  policy,
  staff,
  stateOf,
  submit,
  type Step,
} from './test-setup/enterprise-request.fixtures';

// An oracle independent of the calendar implementation, straight from the notices' lists.
const holidays = new Set<string>(officialHolidaySchedules.flatMap((s) => s.holidays.flatMap((h) => h.dates)));
const makeUpDays = new Set<string>(officialHolidaySchedules.flatMap((s) => s.makeUpWorkingDays));
const isWorkingDayByTheNotices = (date: CalendarDate): boolean =>
  makeUpDays.has(date) || (!holidays.has(date) && !isWeekend(date));
const workingDaysByTheNotices = (from: CalendarDate, to: CalendarDate): number =>
  dateRange(from, to).filter(isWorkingDayByTheNotices).length;

const prefixes = {
  submitted: [],
  'handed-off': [handOff()],
  accepted: [handOff(), acceptBy()],
  'accepted-and-paused': [
    handOff(),
    acceptBy(),
    { type: 'PauseClock', cause: 'enterprise-documents', reason: '等待补充材料', by: staff(DEPARTMENT) },
  ],
} satisfies Record<string, EnterpriseRequestCommand[]>;

describe('property: a missed deadline is recorded exactly once per due date', () => {
  it('the scheduler, run on any days, records one DeadlineMissed for a running clock past due, and none otherwise', () => {
    fc.assert(
      fc.property(
        dateBetween('2025-01-01', '2026-10-31'),
        fc.constantFrom(...(Object.keys(prefixes) as (keyof typeof prefixes)[])),
        fc.constantFrom(...CLOCK_KINDS),
        fc.integer({ min: 0, max: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
        (submittedOn, prefix, clock, daysAfter, extraRuns) => {
          const steps = [submit(), ...prefixes[prefix]].map((command): Step => [submittedOn, command]);
          const history = play(steps);
          const before = stateOf(history);
          const today = addDays(submittedOn, daysAfter);
          // Scheduler runs on some earlier days, then today, then today again.
          const runDays = [
            ...extraRuns.filter((n) => n < daysAfter).sort((a, b) => a - b),
            daysAfter,
            daysAfter,
          ];
          let state = before;
          const produced: EnterpriseRequestEvent[] = [];
          for (const n of runDays) {
            const decision = decide(missed(clock), state, on(addDays(submittedOn, n)));
            expect(decision.outcome).toBe('accepted');
            const events = decision.outcome === 'accepted' ? decision.events : [];
            produced.push(...events);
            state = stateOf([...history, ...produced]);
          }
          const running = before.clocks[clock].status === 'running';
          // A pause (from submission day) credits at most pauseApprovalAfter working days; then the clock runs.
          const due =
            before.pause === null
              ? before.clocks[clock].due
              : calendar.addWorkingDays(
                  before.clocks[clock].start,
                  before.clocks[clock].limit + policy.pauseApprovalAfter,
                );
          const shouldMiss = goesOverdueByTime(clock) && running && today > due;
          const misses = produced.filter((e) => e.type === 'DeadlineMissed');
          expect(misses).toEqual(
            shouldMiss ? [expect.objectContaining({ data: expect.objectContaining({ clock, due }) })] : [],
          );
          expect(produced.filter((e) => e.type === 'SupervisionOrderIssued')).toHaveLength(
            shouldMiss ? 1 : 0,
          );
          // The last run (a repeat of today's) never adds anything.
          const again = decide(missed(clock), state, on(today));
          expect(again).toEqual({ outcome: 'accepted', events: [] });
          expect(produced.reduce(evolve, before).status).toBe(before.status);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const limitsArbitrary: fc.Arbitrary<ClockLimits> = fc.record({
  acceptWithin: fc.integer({ min: 1, max: 30 }),
  replyWithin: fc.integer({ min: 1, max: 30 }),
  resolveWithin: fc.integer({ min: 1, max: 30 }),
  extendedResolveWithin: fc.integer({ min: 1, max: 30 }),
  reportUpWithin: fc.integer({ min: 1, max: 30 }),
  informWithin: fc.integer({ min: 1, max: 30 }),
});

describe('property: clocks never count holidays and always count 调休 days', () => {
  it('every due date is a working day, exactly `limit` working days after submission', () => {
    fc.assert(
      fc.property(dateBetween('2025-01-01', '2026-10-31'), limitsArbitrary, (submittedOn, limits) => {
        const withLimits = on(submittedOn, { policy: { ...policy, defaults: limits } });
        const decision = decide(submit(), initialState(), withLimits);
        if (decision.outcome !== 'accepted') throw new Error(decision.error.code);
        const [submitted] = decision.events;
        if (submitted?.type !== 'RequestSubmitted') throw new Error('expected RequestSubmitted');
        for (const kind of CLOCK_KINDS) {
          const due = submitted.data.dues[kind];
          expect(isWorkingDayByTheNotices(due)).toBe(true);
          // Day 0 is the filing day, or the next working day when it is not one (issue 11 item 8).
          const day0 = submitted.data.receivedOn ?? submittedOn;
          expect(day0 === submittedOn).toBe(isWorkingDayByTheNotices(submittedOn));
          expect(workingDaysByTheNotices(addDays(day0, 1), due)).toBe(clockLimit(limits, kind));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('after a pause, a due date is `limit + working days paused (at most pauseApprovalAfter)` after submission', () => {
    fc.assert(
      fc.property(
        dateBetween('2025-01-01', '2026-09-30'),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 25 }),
        (submittedOn, resolveWithin, pausedAfter, pauseLength) => {
          const pausedOn = addDays(submittedOn, pausedAfter);
          const resumedOn = addDays(pausedOn, pauseLength);
          const steps: Step[] = [
            [submittedOn, submit()],
            [submittedOn, handOff()],
            [submittedOn, acceptBy()],
            [
              pausedOn,
              {
                type: 'PauseClock',
                cause: 'enterprise-documents',
                reason: '等待补充材料',
                by: staff(DEPARTMENT),
              },
            ],
            [resumedOn, { type: 'ResumeClock', by: staff(DEPARTMENT) }],
          ];
          const withLimit = { policy: { ...policy, defaults: { ...policy.defaults, resolveWithin } } };
          const before = stateOf(play(steps.slice(0, 3), withLimit)).clocks.resolve;
          const resolve = stateOf(play(steps, withLimit)).clocks.resolve;
          // Credited: the working days paused, at most pauseApprovalAfter; none for a clock already past due.
          // A pause before day 0 (filed on a day off) counts from day 0.
          const from = pausedOn < before.start ? before.start : pausedOn;
          const paused =
            before.due < from
              ? 0
              : Math.min(workingDaysByTheNotices(addDays(from, 1), resumedOn), policy.pauseApprovalAfter);
          expect(isWorkingDayByTheNotices(resolve.due)).toBe(true);
          expect(workingDaysByTheNotices(addDays(resolve.start, 1), resolve.due)).toBe(
            resolveWithin + paused,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
