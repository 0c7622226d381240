import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCallableAt, MAX_PASSED_OVER } from './call-order';
import { type QueueDayCommand, queueDayDecider } from './queue-day.decide';
import type { QueueDayEvent } from './queue-day.events';
import type { QueueDayState } from './queue-day.state';
import { TEST_SETUP } from './queue-fixtures';

const COUNTERS = ['c1', 'c2', 'c3'] as const;

const step = fc.oneof(
  fc.record({
    kind: fc.constant('take' as const),
    serviceId: fc.constantFrom('filing', 'policy'),
    priority: fc.constantFrom('ordinary', 'ordinary', 'elderly', 'appointment'),
  }),
  fc.record({
    kind: fc.constantFrom('call', 'finish', 'no-show', 'recall', 'start' as const),
    counterId: fc.constantFrom(...COUNTERS),
  }),
  fc.record({
    kind: fc.constant('transfer' as const),
    counterId: fc.constantFrom(...COUNTERS),
    toCounterId: fc.constantFrom(...COUNTERS),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const commandOf = (s: Step, index: number): QueueDayCommand => {
  switch (s.kind) {
    case 'take':
      return {
        type: 'TakeTicket',
        ticketId: `t${index}`,
        serviceId: s.serviceId,
        priority: s.priority,
        code: 'C',
        takenBy: 'k',
      };
    case 'call':
      return { type: 'CallNextTicket', counterId: s.counterId, by: 's' };
    case 'finish':
      return { type: 'FinishVisit', counterId: s.counterId, by: 's' };
    case 'no-show':
      return { type: 'MarkNoShow', counterId: s.counterId, by: 's' };
    case 'recall':
      return { type: 'RecallTicket', counterId: s.counterId, by: 's' };
    case 'start':
      return { type: 'StartService', counterId: s.counterId, by: 's' };
    case 'transfer':
      return { type: 'TransferTicket', counterId: s.counterId, toCounterId: s.toCounterId, by: 's' };
  }
};

/** Runs the commands as the service would, one minute apart, keeping every accepted event. */
const run = (commands: readonly QueueDayCommand[], start = 0) => {
  let state: QueueDayState = queueDayDecider.initialState();
  const events: QueueDayEvent[] = [];
  commands.forEach((command, index) => {
    const now = new Date(Date.parse('2026-12-03T01:00:00.000Z') + (start + index) * 60_000);
    const decision = queueDayDecider.decide(command, state, {
      now,
      centreId: 'centre-haishu',
      day: '2026-12-03',
      setup: TEST_SETUP,
    });
    if (decision.outcome === 'accepted')
      for (const event of decision.events) {
        state = queueDayDecider.evolve(state, event);
        events.push(event);
      }
  });
  return { state, events };
};

/** Calls at every counter, finishing each visit, until nobody can be called. */
const drain = (state: QueueDayState): QueueDayCommand[] =>
  Array.from({ length: state.tickets.length * 2 + 3 }, () =>
    COUNTERS.flatMap((counterId): QueueDayCommand[] => [
      { type: 'FinishVisit', counterId, by: 's' },
      { type: 'CallNextTicket', counterId, by: 's' },
    ]),
  ).flat();

describe('walk-in queue properties', () => {
  it('numbers each service 1, 2, 3 … without gaps or repeats, however the steps interleave', () =>
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const { state } = run(steps.map(commandOf));
        for (const serviceId of ['filing', 'policy']) {
          const sequences = state.tickets
            .filter((t) => t.serviceId === serviceId)
            .map((t) => Number(t.number.slice(1)));
          expect(sequences).toEqual(sequences.map((_, i) => i + 1));
        }
        expect(new Set(state.tickets.map((t) => t.number)).size).toBe(state.tickets.length);
      }),
    ));

  it('calls a ticket only while it waits, at most once per wait, one visitor per counter', () =>
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const { events } = run(steps.map(commandOf));
        const waiting = new Set<string>();
        const busy = new Map<string, string>();
        for (const event of events) {
          switch (event.type) {
            case 'TicketTaken':
              waiting.add(event.data.ticketId);
              break;
            case 'TicketCalled':
              expect(waiting.has(event.data.ticketId)).toBe(true);
              expect(busy.has(event.data.counterId)).toBe(false);
              waiting.delete(event.data.ticketId);
              busy.set(event.data.counterId, event.data.ticketId);
              break;
            case 'TicketTransferred':
              waiting.add(event.data.ticketId);
              busy.delete(event.data.fromCounterId);
              break;
            case 'TicketFinished':
            case 'TicketNoShow':
              expect(busy.get(event.data.counterId)).toBe(event.data.ticketId);
              busy.delete(event.data.counterId);
              break;
            default:
              break;
          }
        }
      }),
    ));

  it(`passes no ticket over more than ${MAX_PASSED_OVER} times, and priority tickets go in the order taken`, () =>
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const { state, events } = run(steps.map(commandOf));
        for (const ticket of state.tickets) expect(ticket.passedOver).toBeLessThanOrEqual(MAX_PASSED_OVER);
        const taken = new Map(state.tickets.map((t, i) => [t.ticketId, { ...t, index: i }]));
        for (const event of events)
          if (event.type === 'TicketCalled')
            for (const passed of event.data.passedOver) {
              // Only an older ticket is passed over, and a priority ticket never by a later priority ticket.
              const p = taken.get(passed);
              const c = taken.get(event.data.ticketId);
              expect(p && c && p.index < c.index).toBe(true);
            }
      }),
    ));

  it('a call passes a waiting ticket only for an older one, or counts it as passed over (so it cannot starve)', () =>
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        let state: QueueDayState = queueDayDecider.initialState();
        steps.map(commandOf).forEach((command, index) => {
          const now = new Date(Date.parse('2026-12-03T01:00:00.000Z') + index * 60_000);
          const decision = queueDayDecider.decide(command, state, {
            now,
            centreId: 'centre-haishu',
            day: '2026-12-03',
            setup: TEST_SETUP,
          });
          if (decision.outcome !== 'accepted') return;
          for (const event of decision.events) {
            const before = state;
            state = queueDayDecider.evolve(state, event);
            if (event.type !== 'TicketCalled') continue;
            const counter = TEST_SETUP.counters.find((c) => c.counterId === event.data.counterId);
            if (counter === undefined) throw new Error('unknown counter');
            const order = before.tickets.map((t) => t.ticketId);
            const chosen = order.indexOf(event.data.ticketId);
            for (const waiting of before.tickets.filter((t) => isCallableAt(t, counter))) {
              if (waiting.ticketId === event.data.ticketId) continue;
              const after = state.tickets.find((t) => t.ticketId === waiting.ticketId);
              const chosenIsOlder = order.indexOf(waiting.ticketId) > chosen;
              expect(chosenIsOlder || after?.passedOver === waiting.passedOver + 1).toBe(true);
            }
          }
        });
      }),
    ));

  it('skips nobody forever: once taking stops, calling at every counter serves every waiting ticket', () =>
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const first = run(steps.map(commandOf));
        const { state } = run([...steps.map(commandOf), ...drain(first.state)]);
        expect(state.tickets.filter((t) => t.status === 'waiting')).toEqual([]);
      }),
    ));
});
