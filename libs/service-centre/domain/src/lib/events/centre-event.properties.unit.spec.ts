import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CentreEventCommand, centreEventDecider } from './centre-event.decide';
import type { CentreEventEvent } from './centre-event.events';
import type { CentreEventState } from './centre-event.state';
import { CENTRE_EVENT_LIMITS, type AudienceFacts } from './centre-event.values';

const CODES = [
  '91330203MA2JB0016G',
  '91330203MA2JB0024B',
  '91330203MA2JB00326',
  '91330203MA2JB00401',
  '91330203MA2JB0059X',
  '91330203MA2JB0067Q',
  '91330203MA2JB0075K',
  '91330203MA2JB0083E',
] as const;
const START = Date.parse('2026-12-10T06:00:00.000Z');
const FACTS: readonly (AudienceFacts | null)[] = [
  { name: 'a', industry: 'C3491', areaCode: '330203102', size: 'medium' },
  { name: 'b', industry: 'F5131', areaCode: '330203004', size: 'small' },
  { name: 'c', industry: 'C2761', areaCode: '330212103', size: 'large' },
  null,
];

const step = fc.record({
  kind: fc.constantFrom('register', 'withdraw', 'check-in', 'cancel', 'capacity', 'feedback'),
  code: fc.integer({ min: 0, max: CODES.length - 1 }),
  facts: fc.integer({ min: 0, max: FACTS.length - 1 }),
  capacity: fc.integer({ min: 1, max: 6 }),
  /** Minutes from the start: before it, during it (check-in), after it. */
  minute: fc.integer({ min: -600, max: 200 }),
});

type StepValue = typeof step extends fc.Arbitrary<infer T> ? T : never;

const details = (capacity: number, narrow: boolean) => ({
  kind: 'course',
  title: '商桥微课堂',
  place: '会议室',
  areaCode: '330203',
  startsAt: new Date(START).toISOString(),
  endsAt: new Date(START + 150 * 60_000).toISOString(),
  capacity,
  audience: narrow ? { industries: ['C'], areaCodes: ['330203'] } : null,
});

/** Each step decided on the state so far and applied, as the command handler does on the event's stream. */
const run = (capacity: number, narrow: boolean, steps: readonly StepValue[]) => {
  let state: CentreEventState = centreEventDecider.initialState();
  const history: CentreEventEvent[] = [];
  const apply = (events: readonly CentreEventEvent[]) => {
    for (const event of events) {
      history.push(event);
      state = centreEventDecider.evolve(state, event);
    }
  };
  const first = centreEventDecider.decide(
    { type: 'ScheduleCentreEvent', eventId: 'ev', details: details(capacity, narrow), by: 's' },
    state,
    { now: new Date(START - 86_400_000) },
  );
  if (first.outcome === 'accepted') apply(first.events);
  const checks: { kind: string; accepted: boolean; cancelled: boolean; facts: AudienceFacts | null }[] = [];
  for (const [index, s] of steps.entries()) {
    const creditCode = CODES[s.code] ?? CODES[0];
    const command: CentreEventCommand =
      s.kind === 'register'
        ? {
            type: 'RegisterForCentreEvent',
            creditCode,
            channel: 'kiosk',
            checkInCode: `K${String(index).padStart(9, '0')}`,
          }
        : s.kind === 'withdraw'
          ? { type: 'WithdrawCentreEventRegistration', creditCode }
          : s.kind === 'check-in'
            ? { type: 'CheckInToCentreEvent', by: { creditCode }, channel: 'console' }
            : s.kind === 'cancel'
              ? { type: 'CancelCentreEvent', reason: '天气', by: 's' }
              : s.kind === 'feedback'
                ? { type: 'GiveCentreEventFeedback', creditCode, rating: 5 }
                : { type: 'ChangeCentreEventDetails', details: details(s.capacity, narrow), by: 's' };
    const facts = FACTS[s.facts] ?? null;
    const cancelled = state.status === 'cancelled';
    const decision = centreEventDecider.decide(command, state, {
      now: new Date(START + s.minute * 60_000),
      enterprise: facts,
    });
    if (decision.outcome === 'accepted') apply(decision.events);
    checks.push({ kind: s.kind, accepted: decision.outcome === 'accepted', cancelled, facts });
  }
  return { state, history, checks };
};

describe('centre event properties', () => {
  it('never holds more places than the capacity, nor a longer waiting list than its cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.array(step, { maxLength: 40 }),
        (capacity, narrow, steps) => {
          const { state } = run(capacity, narrow, steps);
          if (state.status === 'absent') return;
          const registered = state.registrations.filter((r) => r.status === 'registered').length;
          expect(registered).toBeLessThanOrEqual(state.details.capacity);
          expect(state.registrations.filter((r) => r.status === 'waiting').length).toBeLessThanOrEqual(
            CENTRE_EVENT_LIMITS.waitingList,
          );
          // Nobody waits while a place is free.
          if (registered < state.details.capacity)
            expect(state.registrations.some((r) => r.status === 'waiting')).toBe(false);
        },
      ),
    );
  });

  it('registers an enterprise at most once, and promotes the waiting list first come first served', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.array(step, { maxLength: 40 }), (capacity, steps) => {
        const { history } = run(capacity, false, steps);
        const taken = history.flatMap((e) => (e.type === 'CentreEventRegistrationTaken' ? [e.data] : []));
        expect(new Set(taken.map((t) => t.creditCode)).size).toBe(taken.length);
        // Each promotion takes the earliest registration still waiting at that moment.
        const waiting: string[] = [];
        for (const event of history) {
          if (event.type === 'CentreEventRegistrationTaken' && event.data.status === 'waiting')
            waiting.push(event.data.creditCode);
          if (event.type === 'CentreEventRegistrationWithdrawn') {
            const at = waiting.indexOf(event.data.creditCode);
            if (at >= 0) waiting.splice(at, 1);
          }
          if (event.type === 'CentreEventWaitingListPromoted')
            expect(waiting.shift()).toBe(event.data.creditCode);
        }
      }),
    );
  });

  it('never checks in after a cancellation, and only enterprises of the audience register', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { checks } = run(3, true, steps);
        for (const check of checks) {
          if (check.kind === 'check-in' && check.cancelled) expect(check.accepted).toBe(false);
          if (check.kind === 'register' && check.accepted) {
            expect(check.facts?.industry.startsWith('C')).toBe(true);
            expect(check.facts?.areaCode.startsWith('330203')).toBe(true);
          }
        }
      }),
    );
  });
});
