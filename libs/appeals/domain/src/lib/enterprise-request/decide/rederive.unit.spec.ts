import { TEST_HOLIDAY_NOTICE_2027 } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { provisionalDueDatesInForce } from '../due-dates';
import type { EnterpriseRequestCommand } from '../enterprise-request.commands';
import { decide } from '../enterprise-request.decide';
import type { EnterpriseRequestEvent } from '../enterprise-request.events';
import { evolve, initialState } from '../enterprise-request.state';
import {
  acceptBy,
  calendar,
  d,
  given,
  handOff,
  missed,
  on,
  play,
  scheduler,
  staff,
  stateOf,
  submit,
} from '../test-setup/enterprise-request.fixtures';

/*
 * When the official notice of a year is loaded, the due dates still in force that were provisional through it
 * are computed again — same start, same number of working days — and the event records the old date, the new
 * one and the notice that decided it. The 2027 notice here is a test notice (not the real one): it widens 春节
 * to 02-05..02-12 and makes Saturday 01-30 a working day.
 */
const rederive: EnterpriseRequestCommand = { type: 'RederiveDueDates', by: scheduler };
const with2027 = calendar.withSchedule(TEST_HOLIDAY_NOTICE_2027);
const notice = {
  year: 2027,
  title: '测试用2027年节假日安排（非真实通知）',
  documentNumber: '测试〔2026〕1号',
};

/** The history after the scheduler re-derives on `date` with the 2027 notice loaded. */
const rederivedOn = (history: readonly EnterpriseRequestEvent[], date: string): EnterpriseRequestEvent[] => {
  const decision = decide(rederive, history.reduce(evolve, initialState()), on(date, { calendar: with2027 }));
  if (decision.outcome === 'rejected') throw new Error(decision.error.code);
  return [...history, ...decision.events];
};

// Filed Wed 2027-01-20 before the notice: resolve provisionally 02-12 (only 除夕 02-05 and 初三 02-08 off).
const filedInJanuary = play([['2027-01-20', submit()]]);

describe('RederiveDueDates (scheduler)', () => {
  it('does nothing while the notice is still missing', () => {
    given(filedInJanuary).when(rederive, on('2027-01-21')).then([]);
  });

  it('once the notice is loaded, recomputes each provisional date, recording old, new and the notice', () => {
    // Officially 01-30 is worked and 02-05..02-12 are off, so the 15th working day is 02-17; the short clocks
    // end before 春节 and are confirmed as they were.
    given(filedInJanuary)
      .when(rederive, on('2027-01-21', { calendar: with2027 }))
      .then([
        {
          type: 'DueDatesRederived',
          data: {
            rederivedOn: d('2027-01-21'),
            notices: [notice],
            changes: [
              { kind: 'accept', previousDue: d('2027-01-21'), due: d('2027-01-21'), provisionalYears: [] },
              { kind: 'reply', previousDue: d('2027-01-25'), due: d('2027-01-25'), provisionalYears: [] },
              { kind: 'resolve', previousDue: d('2027-02-12'), due: d('2027-02-17'), provisionalYears: [] },
              { kind: 'report-up', previousDue: d('2027-01-27'), due: d('2027-01-27'), provisionalYears: [] },
              { kind: 'inform', previousDue: d('2027-01-27'), due: d('2027-01-27'), provisionalYears: [] },
            ],
          },
        },
      ]);
  });

  it('afterwards the request holds the official dates, none provisional, and a second run appends nothing', () => {
    const after = rederivedOn(filedInJanuary, '2027-01-21');
    expect(stateOf(after).clocks.resolve.due).toBe('2027-02-17');
    expect(provisionalDueDatesInForce(stateOf(after))).toEqual({});
    given(after)
      .when(rederive, on('2027-01-22', { calendar: with2027 }))
      .then([]);
  });

  it('leaves settled dates alone: an accept clock met before the notice is history', () => {
    const accepted = play([
      ['2027-01-20', submit()],
      ['2027-01-20', handOff()],
      ['2027-01-20', acceptBy()],
    ]);
    given(accepted)
      .when(rederive, on('2027-01-21', { calendar: with2027 }))
      .thenEvents(([event]) => {
        expect(event?.type === 'DueDatesRederived' && event.data.changes.map((c) => c.kind)).toEqual([
          'reply',
          'resolve',
          'report-up',
          'inform',
        ]);
      });
  });

  it('moves a pending hand-off’s send-back window with the other dates', () => {
    // Handed off Thu 01-28: provisionally 01-29 and Mon 02-01; officially Sat 01-30 is worked: 01-29, 01-30.
    const handedOff = play([
      ['2027-01-20', submit()],
      ['2027-01-28', handOff()],
    ]);
    given(handedOff)
      .when(rederive, on('2027-01-28', { calendar: with2027 }))
      .thenEvents(([event]) => {
        expect(
          event?.type === 'DueDatesRederived' && event.data.changes.find((c) => c.kind === 'claim'),
        ).toEqual({
          kind: 'claim',
          previousDue: d('2027-02-01'),
          due: d('2027-01-30'),
          provisionalYears: [],
        });
      });
    expect(stateOf(rederivedOn(handedOff, '2027-01-28')).handOff?.claimBy).toBe('2027-01-30');
  });

  it('a clock missed on its provisional date stays missed at its moved date: no second 督办', () => {
    // Resolve was due 02-12 provisionally and recorded missed on 02-15; the notice moves it to 02-17.
    const late = play([
      ['2027-01-20', submit()],
      ['2027-01-20', handOff()],
      ['2027-01-20', acceptBy()],
      ['2027-02-15', missed('resolve')],
    ]);
    expect(late.filter((e) => e.type === 'DeadlineMissed')).toHaveLength(1);
    const moved = rederivedOn(late, '2027-02-15');
    expect(stateOf(moved).clocks.resolve).toMatchObject({
      due: '2027-02-17',
      missedFor: ['2027-02-12', '2027-02-17'],
    });
    given(moved)
      .when(missed('resolve'), on('2027-02-18', { calendar: with2027 }))
      .then([]);
  });

  it('is refused to anyone but the scheduler', () => {
    given(filedInJanuary)
      .when(
        { type: 'RederiveDueDates', by: staff('dept-industry-it') } as unknown as EnterpriseRequestCommand,
        {
          ...on('2027-01-21', { calendar: with2027 }),
        },
      )
      .thenRejects('actor-not-allowed', 'forbidden');
  });
});
