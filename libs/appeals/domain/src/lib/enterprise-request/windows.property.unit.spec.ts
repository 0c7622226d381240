import { addDays, type CalendarDate } from '@qinqing/calendar/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealsPolicyDecider } from '../appeals-policy/appeals-policy.decide';
import { type AppealsPolicy, CLOCK_KINDS, DEFAULT_APPEALS_POLICY } from '../values/clock-policy';
import { reminderDay } from './clocks';
import { decide } from './enterprise-request.decide';
import type { EnterpriseRequestEvent } from './enterprise-request.events';
import { evolve, initialState } from './enterprise-request.state';
import { dateBetween } from './test-setup/enterprise-request.arbitraries';
import { acceptBy, calendar, handOff, missed, on, submit } from './test-setup/enterprise-request.fixtures';

/**
 * Issue 11 item 5: clocks that contradicted each other (a department put under 督办 on the day it lawfully
 * sent a request back). Any policy an administrator can save gives windows that nest, by construction.
 */

const days = (max: number) => fc.integer({ min: 1, max });

/** Policies as an administrator might type them; only those the policy decider accepts are kept. */
const anyPolicy: fc.Arbitrary<AppealsPolicy> = fc
  .record({
    acceptWithin: days(10),
    replyWithin: days(15),
    resolveWithin: days(40),
    extendedResolveWithin: days(60),
    reportUpWithin: days(20),
    informWithin: days(20),
    sendBackWithin: days(10),
    reminderAt: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
  })
  .map(({ sendBackWithin, reminderAt, ...defaults }) => ({
    ...DEFAULT_APPEALS_POLICY,
    defaults,
    sendBackWithin,
    reminderAt,
  }))
  .filter(
    (policy) =>
      appealsPolicyDecider.decide(
        { type: 'ChangeAppealsPolicy', policy, reason: '属性测试' },
        { policy },
        {
          now: new Date(),
        },
      ).outcome === 'accepted',
  );

const play = (
  steps: readonly (readonly [CalendarDate, Parameters<typeof decide>[0]])[],
  policy: AppealsPolicy,
) => {
  let state = initialState();
  const events: EnterpriseRequestEvent[] = [];
  for (const [date, command] of steps) {
    const decision = decide(command, state, on(date, { policy }));
    if (decision.outcome === 'rejected') throw new Error(`${command.type}: ${decision.error.code}`);
    events.push(...decision.events);
    state = decision.events.reduce(evolve, state);
  }
  return { events, state };
};

describe('property: the windows of any saved policy are consistent', () => {
  it('submission dues nest: 签收 ≤ reply ≤ resolve ≤ extended; 报出 and 告知 ≤ resolve; every 临期预警 before its due', () => {
    fc.assert(
      fc.property(anyPolicy, dateBetween('2025-01-02', '2026-09-30'), (policy, submittedOn) => {
        const { state } = play([[submittedOn, submit()]], policy);
        if (state.status === 'none') throw new Error('not submitted');
        const due = (kind: (typeof CLOCK_KINDS)[number]) => state.clocks[kind].due;
        expect(due('accept') <= due('reply')).toBe(true);
        expect(due('reply') <= due('resolve')).toBe(true);
        expect(due('report-up') <= due('resolve')).toBe(true);
        expect(due('inform') <= due('resolve')).toBe(true);
        expect(
          calendar.addWorkingDays(state.clocks.resolve.start, policy.defaults.extendedResolveWithin) >=
            due('resolve'),
        ).toBe(true);
        for (const kind of CLOCK_KINDS) {
          expect(reminderDay(calendar, state.clocks[kind], policy.reminderAt) < due(kind)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a department is never under 督办 for acceptance while it may still send the request back', () => {
    fc.assert(
      fc.property(
        anyPolicy,
        dateBetween('2025-01-02', '2026-09-30'),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 30 }),
        (policy, submittedOn, handOffAfter, checkAfter) => {
          const handedOffOn = addDays(submittedOn, handOffAfter);
          const { state } = play(
            [
              [submittedOn, submit()],
              [handedOffOn, handOff()],
            ],
            policy,
          );
          if (state.status === 'none' || state.handOff === null) throw new Error('not handed off');
          const { claimBy } = state.handOff;
          // The department's accept clock never ends before its send-back window.
          expect(state.clocks.accept.due >= claimBy).toBe(true);
          const day = addDays(handedOffOn, checkAfter);
          const decision = decide(missed('accept'), state, on(day, { policy }));
          if (day <= claimBy) expect(decision).toEqual({ outcome: 'accepted', events: [] });
          // Accepting on any day up to claimBy is on time.
          if (day <= claimBy) {
            const accepted = decide(acceptBy(), state, on(day, { policy }));
            expect(accepted).toMatchObject({ outcome: 'accepted', events: [{ data: { onTime: true } }] });
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
