import { CentreEventHeldV1 } from '@qinqing/service-centre/contracts';
import { centreEventStreamId } from '@qinqing/service-centre/domain';
import type { RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { centreEventsIntegrationMapper } from './centre-events.mapper';

const recorded = (type: string, data: unknown): RecordedEvent =>
  ({
    eventId: '0193e000-0000-7000-8000-0000000000aa',
    streamId: centreEventStreamId('ev-1'),
    streamPosition: 5,
    globalPosition: '42',
    type,
    schemaVersion: 1,
    data,
    metadata: {
      correlationId: 'c',
      causationId: 'c',
      actorId: 'staff.wang',
      actorRole: 'service-staff',
      occurredAt: '2026-12-10T10:00:00.000Z',
    },
    recordedAt: '2026-12-10T10:00:00.000Z',
  }) as unknown as RecordedEvent;

describe('centre events: what leaves the context', () => {
  it('publishes a closed event’s counts and nothing personal', () => {
    const outbound = centreEventsIntegrationMapper.map(
      recorded('CentreEventClosed', {
        eventId: 'ev-1',
        kind: 'course',
        areaCode: '330203',
        startsAt: '2026-12-10T06:00:00.000Z',
        capacity: 30,
        registered: 12,
        attended: 10,
        feedbackCount: 4,
        meanRating: 4.25,
        closedBy: 'staff.wang',
        closedAt: '2026-12-10T10:00:00.000Z',
      }),
    );
    expect(outbound?.topic).toBe(CentreEventHeldV1.topic);
    expect(outbound?.key).toBe('ev-1');
    expect(outbound?.cloudEvent.type).toBe(CentreEventHeldV1.type);
    expect(JSON.stringify(outbound)).not.toContain('staff.wang');
    expect(CentreEventHeldV1.schema.parse(outbound?.cloudEvent.data)).toMatchObject({
      registered: 12,
      attended: 10,
      meanRating: 4.25,
    });
  });

  it('keeps registrations, check-ins, feedback and cancellations inside', () => {
    for (const type of [
      'CentreEventRegistrationTaken',
      'CentreEventCheckedIn',
      'CentreEventFeedbackGiven',
      'CentreEventCancelled',
    ])
      expect(centreEventsIntegrationMapper.map(recorded(type, { eventId: 'ev-1' }))).toBeNull();
  });
});
