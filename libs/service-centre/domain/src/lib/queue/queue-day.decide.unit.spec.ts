import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { MAX_PASSED_OVER } from './call-order';
import { queueDayDecider, type TakeTicket } from './queue-day.decide';
import type { QueueDayEvent, TicketCalled, TicketTaken } from './queue-day.events';
import { TEST_SETUP } from './queue-fixtures';
import { estimatedWaitMinutes, hallDisplayOf } from './queue-display';
import { queueDayOfStream, queueDayStreamId } from './queue.stream';

// 09:30 China time on 2026-12-03.
const now = new Date('2026-12-03T01:30:00.000Z');
const given = deciderSpecification(queueDayDecider, {
  now,
  centreId: 'centre-haishu',
  day: '2026-12-03',
  setup: TEST_SETUP,
});

const taken = (
  ticketId: string,
  sequence: number,
  overrides: Partial<TicketTaken['data']> = {},
): TicketTaken => ({
  type: 'TicketTaken',
  data: {
    ticketId,
    centreId: 'centre-haishu',
    day: '2026-12-03',
    serviceId: 'filing',
    number: `A${String(sequence).padStart(3, '0')}`,
    sequence,
    priority: 'ordinary',
    code: `CODE${ticketId.toUpperCase()}`,
    takenAt: '2026-12-03T01:00:00.000Z',
    takenBy: 'kiosk-haishu-01',
    ...overrides,
  },
});

const called = (ticketId: string, counterId = 'c1', passedOver: string[] = []): TicketCalled => ({
  type: 'TicketCalled',
  data: {
    ticketId,
    counterId,
    calledAt: '2026-12-03T01:20:00.000Z',
    waitedSeconds: 1200,
    passedOver,
    calledBy: 'staff.wang',
  },
});

const take = (overrides: Partial<TakeTicket> = {}): TakeTicket => ({
  type: 'TakeTicket',
  ticketId: 't-new',
  serviceId: 'filing',
  priority: 'ordinary',
  code: 'K7Q2M9XW4P',
  takenBy: 'kiosk-haishu-01',
  ...overrides,
});

const counter = (
  type: 'CallNextTicket' | 'RecallTicket' | 'StartService' | 'FinishVisit' | 'MarkNoShow',
) => ({
  type,
  counterId: 'c1',
  by: 'staff.wang',
});

describe('walk-in queue: taking a ticket', () => {
  it('numbers the first ticket of a service and day 001 with the service’s prefix', () =>
    given([])
      .when(take())
      .then([
        {
          type: 'TicketTaken',
          data: {
            ticketId: 't-new',
            centreId: 'centre-haishu',
            day: '2026-12-03',
            serviceId: 'filing',
            number: 'A001',
            sequence: 1,
            priority: 'ordinary',
            code: 'K7Q2M9XW4P',
            takenAt: now.toISOString(),
            takenBy: 'kiosk-haishu-01',
          },
        },
      ]));

  it('numbers each service on its own, without gaps', () =>
    given([taken('t1', 1), taken('t2', 2), taken('t3', 1, { serviceId: 'policy', number: 'B001' })])
      .when(take({ serviceId: 'policy' }))
      .thenEvents((events) => expect(events[0]).toMatchObject({ data: { number: 'B002', sequence: 2 } })));

  it('refuses a service the centre does not offer, naming the rule', () =>
    given([])
      .when(take({ serviceId: 'tax' }))
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'unknown-service', field: 'serviceId', kind: 'validation' });
        expect(error.message.zh).toContain('依据');
      }));
});

describe('walk-in queue: calling', () => {
  it('calls the oldest ticket and says how long it waited', () =>
    given([taken('t1', 1), taken('t2', 2)])
      .when(counter('CallNextTicket'))
      .then([
        {
          type: 'TicketCalled',
          data: {
            ticketId: 't1',
            counterId: 'c1',
            calledAt: now.toISOString(),
            waitedSeconds: 1800,
            passedOver: [],
            calledBy: 'staff.wang',
          },
        },
      ]));

  it('calls an elderly or appointment ticket before older ordinary ones, counting them as passed over', () =>
    given([taken('t1', 1), taken('t2', 2), taken('t3', 3, { priority: 'elderly' })])
      .when(counter('CallNextTicket'))
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({ data: { ticketId: 't3', passedOver: ['t1', 't2'] } }),
      ));

  it(`calls a ticket passed over ${MAX_PASSED_OVER} times before any priority ticket`, () => {
    const history: QueueDayEvent[] = [taken('t1', 1)];
    for (let i = 0; i < MAX_PASSED_OVER; i++) {
      history.push(taken(`p${i}`, i + 2, { priority: 'appointment' }), called(`p${i}`, 'c1', ['t1']));
      history.push({
        type: 'TicketFinished',
        data: {
          ticketId: `p${i}`,
          counterId: 'c1',
          serviceId: 'filing',
          finishedAt: '2026-12-03T01:25:00.000Z',
          waitedSeconds: 60,
          servedSeconds: 300,
          hour: 9,
          by: 'staff.wang',
        },
      });
    }
    history.push(taken('late', 9, { priority: 'elderly' }));
    given(history)
      .when(counter('CallNextTicket'))
      .thenEvents((events) => expect(events[0]).toMatchObject({ data: { ticketId: 't1', passedOver: [] } }));
  });

  it('calls only tickets of the counter’s services', () =>
    given([taken('t1', 1, { serviceId: 'policy', number: 'B001' })])
      .when(counter('CallNextTicket'))
      .thenRejects('nobody-waiting', 'conflict'));

  it('refuses a call while the counter still has a visitor', () =>
    given([taken('t1', 1), taken('t2', 2), called('t1')])
      .when(counter('CallNextTicket'))
      .thenRejects('counter-busy', 'conflict'));

  it('refuses a closed counter', () =>
    given([taken('t1', 1, { serviceId: 'policy', number: 'B001' })])
      .when({ type: 'CallNextTicket', counterId: 'c9', by: 'staff.wang' })
      .thenRejects('counter-closed'));

  it('re-calls the current ticket (the display chimes again), but not once serving has started', () => {
    given([taken('t1', 1), called('t1')])
      .when(counter('RecallTicket'))
      .thenEvents((events) => expect(events[0]?.type).toBe('TicketRecalled'));
    given([
      taken('t1', 1),
      called('t1'),
      {
        type: 'TicketServiceStarted',
        data: { ticketId: 't1', counterId: 'c1', startedAt: now.toISOString(), by: 'x' },
      },
    ])
      .when(counter('RecallTicket'))
      .thenRejects('already-serving');
  });
});

describe('walk-in queue: serving', () => {
  it('finishes the current visit with its waiting and service time and the hour it was taken', () =>
    given([taken('t1', 1), called('t1')])
      .when(counter('FinishVisit'))
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({
          type: 'TicketFinished',
          data: { ticketId: 't1', waitedSeconds: 1200, servedSeconds: 600, hour: 9 },
        }),
      ));

  it('marks a called visitor who does not come as a no-show; nothing to finish afterwards', () => {
    given([taken('t1', 1), called('t1')])
      .when(counter('MarkNoShow'))
      .thenEvents((events) => expect(events[0]?.type).toBe('TicketNoShow'));
    given([
      taken('t1', 1),
      called('t1'),
      { type: 'TicketNoShow', data: { ticketId: 't1', counterId: 'c1', at: '', by: '' } },
    ])
      .when(counter('FinishVisit'))
      .thenRejects('no-current-ticket');
  });

  it('transfers to another open counter, which calls it first even for a service it does not offer', () => {
    const history: QueueDayEvent[] = [
      taken('t1', 1),
      taken('t2', 2, { serviceId: 'policy', number: 'B001', priority: 'elderly' }),
      called('t1'),
    ];
    given(history)
      .when({ type: 'TransferTicket', counterId: 'c1', toCounterId: 'c3', by: 'staff.wang' })
      .thenEvents((events) => {
        expect(events[0]).toMatchObject({ type: 'TicketTransferred', data: { toCounterId: 'c3' } });
        given([...history, ...events])
          .when({ type: 'CallNextTicket', counterId: 'c3', by: 'staff.li' })
          .thenEvents((next) => expect(next[0]).toMatchObject({ data: { ticketId: 't1' } }));
      });
    given(history)
      .when({ type: 'TransferTicket', counterId: 'c1', toCounterId: 'c9', by: 'staff.wang' })
      .thenRejects('counter-closed');
    given(history)
      .when({ type: 'TransferTicket', counterId: 'c1', toCounterId: 'c1', by: 'staff.wang' })
      .thenRejects('same-counter');
  });
});

describe('walk-in queue: what a visit produced, and the rating', () => {
  const finished: QueueDayEvent[] = [
    taken('t1', 1),
    called('t1'),
    {
      type: 'TicketFinished',
      data: {
        ticketId: 't1',
        counterId: 'c1',
        serviceId: 'filing',
        finishedAt: now.toISOString(),
        waitedSeconds: 1200,
        servedSeconds: 600,
        hour: 9,
        by: 'staff.wang',
      },
    },
  ];

  it('links a request to the visit once', () => {
    const link = {
      type: 'LinkVisitOutcome' as const,
      ticketId: 't1',
      kind: 'request' as const,
      refId: '0196a1b2-0000-7000-8000-000000000001',
      verified: true,
      by: 'staff.wang',
    };
    given(finished)
      .when(link)
      .thenEvents((events) => {
        expect(events[0]).toMatchObject({
          type: 'VisitOutcomeLinked',
          data: { kind: 'request', verified: true },
        });
        given([...finished, ...events])
          .when(link)
          .thenRejects('outcome-linked-already');
      });
    given([taken('t1', 1)])
      .when(link)
      .thenRejects('visit-not-started');
    given(finished)
      .when({ ...link, refId: 'x y' })
      .thenRejects('invalid-outcome-ref');
  });

  it('takes one rating of one to five stars with the ticket’s code, not without it', () => {
    const rate = { type: 'RateVisit' as const, ticketId: 't1', code: 'codet1', rating: 5 };
    given(finished)
      .when(rate)
      .thenEvents((events) => {
        expect(events[0]).toMatchObject({ type: 'TicketRated', data: { rating: 5 } });
        given([...finished, ...events])
          .when(rate)
          .thenRejects('already-rated');
      });
    given(finished)
      .when({ ...rate, code: 'CODET2' })
      .thenRejects('wrong-ticket-code');
    given(finished)
      .when({ ...rate, rating: 6 })
      .thenRejects('invalid-rating');
    given([taken('t1', 1)])
      .when(rate)
      .thenRejects('visit-not-finished');
  });
});

describe('walk-in queue: the hall display and the estimated wait', () => {
  it('shows the calls newest first, the next numbers in call order and the wait per service', () => {
    const history: QueueDayEvent[] = [
      taken('t1', 1),
      taken('t2', 2),
      taken('t3', 3, { priority: 'elderly' }),
      taken('t4', 4),
      called('t1'),
    ];
    const state = history.reduce(queueDayDecider.evolve, queueDayDecider.initialState());
    const display = hallDisplayOf('centre-haishu', '2026-12-03', state, TEST_SETUP, 8);
    expect(display.calling).toEqual([
      { seq: 1, number: 'A001', counter: { zh: '1号窗口', en: 'Counter 1' }, at: '2026-12-03T01:20:00.000Z' },
    ]);
    expect(display.services[0]).toMatchObject({
      serviceId: 'filing',
      waiting: 3,
      next: ['A003', 'A002', 'A004'],
    });
    // Three waiting × 8 minutes ÷ two open counters serving the service.
    expect(display.services[0]?.estimatedWaitMinutes).toBe(12);
    expect(JSON.stringify(display)).not.toContain('CODE');
    expect(estimatedWaitMinutes(state, { ...TEST_SETUP, counters: [] }, 'filing', 8)).toBeNull();
  });
});

describe('walk-in queue: streams', () => {
  it('has one stream per centre and day', () => {
    expect(queueDayOfStream(queueDayStreamId('centre-haishu', '2026-12-03'))).toEqual({
      centreId: 'centre-haishu',
      day: '2026-12-03',
    });
    expect(queueDayOfStream('service-centre-queue-setup-centre-haishu')).toBeNull();
  });
});
