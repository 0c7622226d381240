import { VisitCompletedV1, VisitRatedV1 } from '@qinqing/service-centre/contracts';
import { queueDayStreamId, queueSetupStreamId, type TicketFinished } from '@qinqing/service-centre/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { queueIntegrationMapper } from './queue-integration.mapper';
import { quantileSeconds, TIME_BUCKETS } from './queue-visits.projection';

const finished: TicketFinished['data'] = {
  ticketId: '01960000-0000-7000-8000-0000000000t1',
  counterId: 'counter-1',
  serviceId: 'filing',
  finishedAt: '2026-12-03T01:40:00.000Z',
  waitedSeconds: 240,
  servedSeconds: 720,
  hour: 9,
  by: 'staff.wang',
};

const recorded = (type: string, data: unknown, streamId = queueDayStreamId('centre-haishu', '2026-12-03')) =>
  ({
    eventId: '01960000-0000-7000-8000-00000000aa01',
    type,
    schemaVersion: 1,
    data,
    metadata: {
      correlationId: 'c1',
      causationId: 'k1',
      actorId: 'staff.wang',
      actorRole: 'service-staff',
      occurredAt: '2026-12-03T01:40:00.000Z',
    },
    streamId,
    streamRevision: 3,
    globalPosition: 1n,
    cursor: '1:1' as LogCursor,
    recordedAt: new Date('2026-12-03T01:40:00.000Z'),
  }) satisfies RecordedEvent;

describe('the walk-in queue integration mapper', () => {
  it('publishes a completed visit as centre, service, day, hour and times — no code, number or staff', () => {
    const out = queueIntegrationMapper.map(recorded('TicketFinished', finished));
    expect(out?.key).toBe('centre-haishu');
    expect(out === null ? null : parseCloudEvent(VisitCompletedV1, out.cloudEvent).data).toEqual({
      visitId: finished.ticketId,
      centreId: 'centre-haishu',
      serviceId: 'filing',
      day: '2026-12-03',
      hour: 9,
      waitedSeconds: 240,
      servedSeconds: 720,
      completedAt: '2026-12-03T01:40:00.000Z',
    });
    expect(JSON.stringify(out?.cloudEvent.data)).not.toContain('staff.wang');
  });

  it('publishes a rating with its centre and service', () => {
    const out = queueIntegrationMapper.map(
      recorded('TicketRated', {
        ticketId: finished.ticketId,
        serviceId: 'filing',
        rating: 4,
        ratedAt: '2026-12-03T02:00:00.000Z',
      }),
    );
    expect(out === null ? null : parseCloudEvent(VisitRatedV1, out.cloudEvent).data).toMatchObject({
      centreId: 'centre-haishu',
      rating: 4,
    });
  });

  it('keeps the rest of the queue inside: tickets taken, calls, the set-up', () => {
    expect(queueIntegrationMapper.map(recorded('TicketTaken', { code: 'K7Q2M9XW4P' }))).toBeNull();
    expect(
      queueIntegrationMapper.map(recorded('QueueServiceSet', {}, queueSetupStreamId('centre-haishu'))),
    ).toBeNull();
  });
});

describe('the p90 of a minute histogram', () => {
  const histogram = (counts: Record<number, number>) =>
    Array.from({ length: TIME_BUCKETS }, (_, i) => counts[i] ?? 0);

  it('is the upper edge of the minute that reaches 90 % of the visits', () => {
    // Nine visits within the first minute, one in the sixth: the 90th percentile is still the first minute.
    expect(quantileSeconds(histogram({ 0: 9, 5: 1 }), 0.9)).toBe(60);
    expect(quantileSeconds(histogram({ 0: 8, 5: 2 }), 0.9)).toBe(360);
    expect(quantileSeconds(histogram({}), 0.9)).toBe(0);
    expect(quantileSeconds(histogram({ 60: 1 }), 0.9)).toBe(TIME_BUCKETS * 60);
  });
});
