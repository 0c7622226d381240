import fc from 'fast-check';
import { fromEpochDay, parseCalendarDate, toEpochDay } from '@qinqing/calendar/domain';
import { describe, expect, it } from 'vitest';
import { provisionalDueDatesInForce } from '../due-dates';
import { decide } from '../enterprise-request.decide';
import { initialState } from '../enterprise-request.state';
import {
  acceptBy,
  CENTRE,
  d,
  DEPARTMENT,
  given,
  handOff,
  on,
  play,
  resolveBy,
  stateOf,
  submit,
} from '../test-setup/enterprise-request.fixtures';

/*
 * 首问负责: a request is never refused for a calendar reason. Without the 2027 notice (it is not bundled), 2027 is
 * counted from the statutory festivals of the 2024 《全国年节及纪念日放假办法》 only, and every due date computed
 * through it is recorded as provisional (暂定) right after the event that set it.
 */
describe('due dates through a year whose holiday notice is not loaded', () => {
  it('a request filed on Tue 2026-12-15 is accepted; its resolve date in 2027 is marked provisional', () => {
    // 15 working days: 12-16..18, 21..25, 28..31 (12), 2027-01-01 is 元旦, 01-04..06 (15).
    given([])
      .when(submit(), on('2026-12-15'))
      .then([
        {
          type: 'RequestSubmitted',
          data: expect.objectContaining({
            submittedOn: d('2026-12-15'),
            dues: {
              accept: d('2026-12-16'),
              reply: d('2026-12-18'),
              resolve: d('2027-01-06'),
              'report-up': d('2026-12-22'),
              inform: d('2026-12-22'),
            },
          }) as never,
        },
        {
          type: 'DueDatesMarkedProvisional',
          data: {
            dueDates: {
              resolve: { due: d('2027-01-06'), from: d('2026-12-15'), workingDays: 15, years: [2027] },
            },
          },
        },
      ]);
  });

  it('a request whose due dates all fall before 25 December 2026 records nothing provisional', () => {
    expect(play([['2026-12-01', submit()]]).map((e) => e.type)).toEqual(['RequestSubmitted']);
  });

  it('a date in the last week of December is provisional too: the 2027 notice may start 元旦 there', () => {
    // Hand-off on Wed 2026-12-23: the department may send it back until 12-25 (sendBackWithin 2).
    given(play([['2026-12-01', submit()]]))
      .when(handOff(), on('2026-12-23'))
      .then([
        {
          type: 'RequestHandedOff',
          data: {
            fromUnitId: CENTRE,
            toDepartmentId: DEPARTMENT,
            note: '涉及工业用地，转工信部门办理',
            handedOffOn: d('2026-12-23'),
            claimBy: d('2026-12-25'),
            acceptClock: { limit: 2, due: d('2026-12-25') },
          },
        },
        {
          type: 'DueDatesMarkedProvisional',
          data: {
            dueDates: {
              claim: { due: d('2026-12-25'), from: d('2026-12-23'), workingDays: 2, years: [2027] },
              accept: { due: d('2026-12-25'), from: d('2026-12-23'), workingDays: 2, years: [2027] },
            },
          },
        },
      ]);
  });

  it('the feedback window an outcome opens is marked when it reaches 2027', () => {
    const accepted = play([
      ['2026-12-10', submit()],
      ['2026-12-10', handOff()],
      ['2026-12-10', acceptBy()],
    ]);
    given(accepted)
      .when(resolveBy(), on('2026-12-28'))
      .then([
        {
          type: 'RequestResolved',
          data: expect.objectContaining({
            resolvedOn: d('2026-12-28'),
            feedbackDue: d('2027-01-19'),
          }) as never,
        },
        {
          type: 'DueDatesMarkedProvisional',
          data: {
            dueDates: {
              feedback: { due: d('2027-01-19'), from: d('2026-12-28'), workingDays: 15, years: [2027] },
            },
          },
        },
      ]);
  });

  it('the state knows which due dates in force are provisional; a settled clock’s mark is no longer in force', () => {
    const filed = play([['2027-01-20', submit()]]);
    expect(Object.keys(provisionalDueDatesInForce(stateOf(filed)))).toEqual([
      'accept',
      'reply',
      'resolve',
      'report-up',
      'inform',
    ]);
    const accepted = play([
      ['2027-01-20', submit()],
      ['2027-01-20', handOff()],
      ['2027-01-20', acceptBy()],
    ]);
    expect(Object.keys(provisionalDueDatesInForce(stateOf(accepted)))).toEqual([
      'reply',
      'resolve',
      'report-up',
      'inform',
    ]);
  });

  it('a filing on any day of 2025–2099 is accepted, and marked provisional exactly when a due date needs a missing notice', () => {
    const day = fc
      .integer({
        min: toEpochDay(parseCalendarDate('2025-01-01')),
        max: toEpochDay(parseCalendarDate('2099-11-30')),
      })
      .map(fromEpochDay);
    fc.assert(
      fc.property(day, (filedOn) => {
        const decision = decide(submit(), initialState(), on(filedOn));
        expect(decision.outcome).toBe('accepted');
        if (decision.outcome !== 'accepted') return;
        const [submitted, marked] = decision.events;
        const dues = submitted?.type === 'RequestSubmitted' ? Object.values(submitted.data.dues) : [];
        const needsMissingNotice = dues.some((due) => due >= '2026-12-25');
        expect(marked?.type === 'DueDatesMarkedProvisional').toBe(needsMissingNotice);
      }),
      { numRuns: 200 },
    );
  });

  it('only a period beyond the years the calendar supports (2025–2099) is refused, naming the year', () => {
    expect(decide(submit(), initialState(), on('2099-12-21'))).toMatchObject({
      outcome: 'rejected',
      error: {
        kind: 'conflict',
        code: 'working-day-schedule-not-loaded',
        message: { zh: expect.stringContaining('2100'), en: expect.stringContaining('2100') },
      },
    });
  });
});
